package org.shequ.relief;

import java.util.Arrays;
import java.util.Optional;

/** The hardship flags of the application form. */
public enum Hardship {

	SERIOUS_ILLNESS("seriousIllness", "家庭成员患重病"), DISABILITY("disability", "残疾"),
	ELDERLY_ALONE("elderlyAlone", "独居老人"), LOSS_OF_WORK("lossOfWork", "失业或失去劳动收入"),
	ACCIDENT("accident", "意外事故");

	private final String code;

	private final String label;

	Hardship(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<Hardship> of(String code) {
		return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
	}

}
