package org.shequ.kpi;

import java.util.Arrays;
import java.util.Optional;

/** How the KPI figures are split: by period of receipt, or by grid, worker or category. */
enum GroupBy {

	MONTH("month", "月份"), WEEK("week", "周"), GRID("grid", "网格"), WORKER("worker", "承办人"),
	CATEGORY("category", "类别");

	private final String code;

	private final String label;

	GroupBy(String code, String label) {
		this.code = code;
		this.label = label;
	}

	String code() {
		return code;
	}

	String label() {
		return label;
	}

	boolean isPeriod() {
		return this == MONTH || this == WEEK;
	}

	static Optional<GroupBy> of(String code) {
		return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
	}

	static String codes() {
		return String.join(", ", Arrays.stream(values()).map(GroupBy::code).toList());
	}

}
