package org.shequ.asset;

import java.util.Arrays;
import java.util.Optional;

/** Who owns or answers for an asset; an input of {@code repair-responsibility.dmn}. */
public enum OwnerKind {

	MUNICIPAL("municipal", "市政部门"), OWNER_UNIT("owner_unit", "产权单位"), PROPERTY("property", "物业公司"),
	COMMUNITY("community", "社区自管");

	private final String code;

	private final String label;

	OwnerKind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<OwnerKind> of(String code) {
		return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
	}

	public static String codes() {
		return String.join(", ", Arrays.stream(values()).map(OwnerKind::code).toList());
	}

}
