package org.shequ.relief;

import java.util.Arrays;
import java.util.Optional;

/** Housing the household owns; relief-eligibility.dmn reads the code. */
public enum Housing {

	NONE("none", "无自有住房"), ONE("one", "仅一套自有住房"), SEVERAL("several", "两套及以上住房");

	private final String code;

	private final String label;

	Housing(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<Housing> of(String code) {
		return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
	}

}
