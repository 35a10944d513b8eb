package org.shequ.intake;

/** The case lifecycle of PRODUCT.md: 受理 → 派单 → 响应/办理 → 办结 → 回访 → 结案 (or 重办). */
public enum CaseStatus {

	RECEIVED("已受理"), DISPATCHED("已派单"), IN_PROGRESS("办理中"), RESOLVED("已办结"), CLOSED("已结案"),
	REOPENED("已重办");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this != CLOSED;
	}

}
