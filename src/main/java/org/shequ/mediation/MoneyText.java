package org.shequ.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money as written in agreements: {@code 350.00} and, in capitals against tampering, 叁佰伍拾元整. */
final class MoneyText {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] SMALL_UNITS = { "", "拾", "佰", "仟" };

	private static final String[] BIG_UNITS = { "", "万", "亿" };

	private MoneyText() {
	}

	static String plain(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	/** 大写金额 of an amount from 0.01 up to 999,999,999,999.99 yuan. */
	static String capitals(BigDecimal amount) {
		BigDecimal cents = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
		if (cents.signum() < 0 || cents.compareTo(new BigDecimal("99999999999999")) > 0) {
			throw new IllegalArgumentException("amount out of range: " + amount);
		}
		long total = cents.longValueExact();
		long yuan = total / 100;
		int jiao = (int) (total / 10 % 10);
		int fen = (int) (total % 10);
		StringBuilder text = new StringBuilder();
		if (yuan > 0) {
			text.append(integer(yuan)).append('元');
		}
		if (jiao == 0 && fen == 0) {
			return text.isEmpty() ? "零元整" : text.append('整').toString();
		}
		if (jiao > 0) {
			text.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (yuan > 0) {
			text.append('零');
		}
		if (fen > 0) {
			text.append(DIGITS.charAt(fen)).append('分');
		}
		else {
			text.append('整');
		}
		return text.toString();
	}

	/** A positive whole number in capitals, by groups of four digits (个, 万, 亿). */
	private static String integer(long number) {
		StringBuilder text = new StringBuilder();
		boolean zeroPending = false;
		boolean started = false;
		for (int group = BIG_UNITS.length - 1; group >= 0; group--) {
			int part = (int) (number / (long) Math.pow(10000, group) % 10000);
			if (part == 0) {
				if (started) {
					zeroPending = true;
				}
				continue;
			}
			if (started && (zeroPending || part < 1000)) {
				text.append('零');
			}
			text.append(group(part)).append(BIG_UNITS[group]);
			started = true;
			zeroPending = false;
		}
		return text.toString();
	}

	private static String group(int part) {
		StringBuilder text = new StringBuilder();
		boolean zero = false;
		for (int position = 3; position >= 0; position--) {
			int digit = part / (int) Math.pow(10, position) % 10;
			if (digit == 0) {
				zero = !text.isEmpty();
				continue;
			}
			if (zero) {
				text.append('零');
				zero = false;
			}
			text.append(DIGITS.charAt(digit)).append(SMALL_UNITS[position]);
		}
		return text.toString();
	}

}
