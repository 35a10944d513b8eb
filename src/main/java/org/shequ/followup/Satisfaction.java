package org.shequ.followup;

import java.util.Arrays;
import java.util.Optional;

/** The resident's verdict at callback: 满意 / 基本满意 / 不满意. */
public enum Satisfaction {

	SATISFIED("satisfied", "满意"), FAIRLY_SATISFIED("fairly", "基本满意"), DISSATISFIED("dissatisfied", "不满意");

	private final String code;

	private final String label;

	Satisfaction(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<Satisfaction> of(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

}
