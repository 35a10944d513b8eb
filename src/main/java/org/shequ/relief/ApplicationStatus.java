package org.shequ.relief;

public enum ApplicationStatus {

	REGISTERED("已受理"), WAITING_FOR_DOCUMENTS("等待补交材料"), IN_PROCEDURE("办理中"), LAPSED("申请失效"),
	INELIGIBLE("不符合条件"), CONCLUDED("已办结");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
