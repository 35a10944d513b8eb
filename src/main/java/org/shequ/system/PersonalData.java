package org.shequ.system;

/** Masks personal data for list views and log lines. */
public final class PersonalData {

	private PersonalData() {
	}

	/** {@code 13812345678} → {@code 138****5678}: enough to tell two callers apart, not to call them. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "****";
		}
		int keepEnd = 4;
		int keepStart = Math.min(3, phone.length() - keepEnd - 4);
		return phone.substring(0, Math.max(keepStart, 0)) + "****" + phone.substring(phone.length() - keepEnd);
	}

}
