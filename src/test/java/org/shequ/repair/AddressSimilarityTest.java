package org.shequ.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressSimilarityTest {

	@ParameterizedTest(name = "{0} ~ {1}: {2}")
	@CsvSource({
			"解放桥路18号,            解放桥路18号1楼商铺,     true",
			"解放桥路 18 号,          解放桥路１８号,          true",
			"鸿鹤坝化工厂宿舍3栋,     化工厂宿舍3栋旁,         true",
			"电业局宿舍院内,          电业局宿舍,              true",
			"解放桥路18号,            解放桥路19号,            false",
			"幸福路12号,              幸福路123号,             false",
			"人民路5号,               胜利路5号,               false",
			"化工厂宿舍3栋,           化工厂宿舍5栋,           false",
			"3栋,                     3栋,                     true",
			"3栋,                     5栋,                     false",
			"解放桥路18号,            ,                        false" })
	void sameProbablePlace(String a, String b, boolean similar) {
		assertThat(AddressSimilarity.similar(a, b)).isEqualTo(similar);
		assertThat(AddressSimilarity.similar(b, a)).isEqualTo(similar);
	}

}
