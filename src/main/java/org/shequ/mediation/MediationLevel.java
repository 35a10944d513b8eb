package org.shequ.mediation;

/** Who mediates: the community first, then the street people's mediation committee (枫桥经验's ladder). */
public enum MediationLevel {

	COMMUNITY("社区调解"), STREET("街道人民调解委员会调解");

	private final String label;

	MediationLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
