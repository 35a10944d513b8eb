package org.shequ.asset;

import java.util.Arrays;
import java.util.Optional;

/** What kind of place or asset a registry entry is; an input of {@code repair-responsibility.dmn}. */
public enum AssetType {

	COMPOUND("compound", "院落"), ROAD("road", "道路路段"), STREET_LIGHTS("street_lights", "片区路灯"),
	BUILDING("building", "楼栋");

	private final String code;

	private final String label;

	AssetType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<AssetType> of(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

	public static String codes() {
		return String.join(", ", Arrays.stream(values()).map(AssetType::code).toList());
	}

}
