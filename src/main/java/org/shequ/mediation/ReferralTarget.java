package org.shequ.mediation;

import java.util.Arrays;
import java.util.Optional;

/** Where a dispute goes when the street committee could not settle it either. */
public enum ReferralTarget {

	JUDICIAL("judicial", "司法所"), COURT("court", "人民法院");

	private final String code;

	private final String label;

	ReferralTarget(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<ReferralTarget> of(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

}
