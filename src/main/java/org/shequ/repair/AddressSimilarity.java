package org.shequ.repair;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two addresses written down by different caseworkers are probably the same place: one
 * contains the other, or they share the same house numbers and most of their wording. Different
 * numbers (18号 and 19号) are never the same place.
 */
final class AddressSimilarity {

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final int MIN_LENGTH = 4;

	private static final double SHARED_WORDING = 0.8;

	private AddressSimilarity() {
	}

	static boolean similar(String a, String b) {
		if (a == null || b == null) {
			return false;
		}
		String x = normalize(a);
		String y = normalize(b);
		if (x.length() < MIN_LENGTH || y.length() < MIN_LENGTH) {
			return x.equals(y) && !x.isEmpty();
		}
		String shorter = x.length() <= y.length() ? x : y;
		String longer = shorter == x ? y : x;
		if (longer.contains(shorter)) {
			return true;
		}
		if (!numbers(x).equals(numbers(y))) {
			return false;
		}
		return longestCommonSubstring(shorter, longer) >= SHARED_WORDING * shorter.length();
	}

	/** Full-width digits and letters to ASCII, lower case, without spaces and punctuation. */
	static String normalize(String address) {
		return NOISE.matcher(Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase()).replaceAll("");
	}

	private static List<String> numbers(String address) {
		List<String> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(address);
		while (m.find()) {
			numbers.add(m.group());
		}
		return numbers;
	}

	private static int longestCommonSubstring(String a, String b) {
		int best = 0;
		int[] previous = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					current[j] = previous[j - 1] + 1;
					best = Math.max(best, current[j]);
				}
			}
			previous = current;
		}
		return best;
	}

}
