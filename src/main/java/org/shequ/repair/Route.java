package org.shequ.repair;

/** Who repairs: a responsible body by referral letter, the volunteer team at weekends, or the community itself. */
enum Route {

	EXTERNAL("external"), VOLUNTEER("volunteer"), COMMUNITY("community");

	private final String code;

	Route(String code) {
		this.code = code;
	}

	/** The value of the process variable {@code route} that the model's gateway reads. */
	String code() {
		return code;
	}

}
