package org.shequ.intake;

import java.util.Arrays;
import java.util.Optional;

/** How the need reached the committee. */
public enum Channel {

	PHONE("phone", "电话"), WALK_IN("walk-in", "来访"), HOTLINE("hotline", "热线转办"), WEB("web", "网上");

	private final String code;

	private final String label;

	Channel(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<Channel> of(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

	public static String codes() {
		return String.join(", ", Arrays.stream(values()).map(Channel::code).toList());
	}

}
