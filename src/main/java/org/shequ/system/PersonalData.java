package org.shequ.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal data for list views and log lines. */
public final class PersonalData {

	/** Mainland mobile numbers and landlines with area code, not inside a longer number. */
	private static final Pattern PHONE = Pattern.compile("(?<![0-9])(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8})(?![0-9])");

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

	/** Every phone number in a free text (a log line, a summary) masked. */
	public static String maskPhones(String text) {
		if (text == null || text.length() < 7) {
			return text;
		}
		Matcher matcher = PHONE.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder masked = new StringBuilder(text.length());
		do {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(maskPhone(matcher.group(1))));
		}
		while (matcher.find());
		matcher.appendTail(masked);
		return masked.toString();
	}

	public static boolean containsPhone(String text) {
		return text != null && text.length() >= 7 && PHONE.matcher(text).find();
	}

}
