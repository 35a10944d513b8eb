package org.shequ.intake;

import java.util.Arrays;
import java.util.Optional;

/** What a need is about; decides the track through {@code case-triage.dmn}. */
public enum Category {

	DISPUTE("dispute", "纠纷调解"), RELIEF("relief", "困难救助"), REPAIR("repair", "设施报修"),
	SANITATION("sanitation", "环境卫生"), CONSULTATION("consultation", "政策咨询"), OTHER("other", "其他诉求");

	private final String code;

	private final String label;

	Category(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<Category> of(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

	public static String codes() {
		return String.join(", ", Arrays.stream(values()).map(Category::code).toList());
	}

}
