package org.shequ.mediation;

import java.util.Arrays;
import java.util.Optional;

/** Who pays whom under an agreement: party B (the other side) pays party A (the reporter), or the reverse, or nobody. */
public enum Payer {

	PARTY_B("B", "乙方向甲方支付"), PARTY_A("A", "甲方向乙方支付"), NONE("none", "不涉及金钱给付");

	private final String code;

	private final String label;

	Payer(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public boolean pays() {
		return this != NONE;
	}

	public static Optional<Payer> of(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
	}

}
