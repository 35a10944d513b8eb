package org.shequ.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in capitals (大写) as agreements print them. */
class MoneyTextTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "350, 叁佰伍拾元整", "350.50, 叁佰伍拾元伍角整", "350.05, 叁佰伍拾元零伍分", "0.05, 伍分", "0.50, 伍角整",
			"1005, 壹仟零伍元整", "1050, 壹仟零伍拾元整", "10005, 壹万零伍元整", "100000, 壹拾万元整", "5400, 伍仟肆佰元整",
			"100000000, 壹亿元整", "101000000, 壹亿零壹佰万元整", "100000005, 壹亿零伍元整", "12345678.9, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整",
			"0, 零元整" })
	void capitals(String amount, String expected) {
		assertThat(MoneyText.capitals(new BigDecimal(amount))).isEqualTo(expected);
	}

	@Test
	void plainAmountsHaveTwoDecimals() {
		assertThat(MoneyText.plain(new BigDecimal("350"))).isEqualTo("350.00");
		assertThat(MoneyText.plain(new BigDecimal("350.5"))).isEqualTo("350.50");
	}

	@Test
	void fractionsOfACentAreRefused() {
		assertThatThrownBy(() -> MoneyText.capitals(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
	}

}
