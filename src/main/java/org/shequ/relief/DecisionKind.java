package org.shequ.relief;

public enum DecisionKind {

	FIRST_PAYMENT("先行救助"), TEMPORARY("临时救助"), STREET_REVIEW("街道审核"), DIBAO_APPROVAL("民政审批");

	private final String label;

	DecisionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
