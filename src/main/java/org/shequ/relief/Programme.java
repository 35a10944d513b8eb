package org.shequ.relief;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an applicant can ask for and relief-eligibility.dmn can grant: three programmes and three referrals. */
public enum Programme {

	DIBAO("dibao", "最低生活保障（低保）", false), TEMPORARY("temporary", "临时救助", false),
	EMERGENCY("emergency", "急难型临时救助", false), WOMENS_FEDERATION("womensfed", "妇联", true),
	RED_CROSS("redcross", "红十字会", true), CIVIL_AFFAIRS_BUREAU("civilaffairs", "民政局", true);

	private final String code;

	private final String label;

	private final boolean referral;

	Programme(String code, String label, boolean referral) {
		this.code = code;
		this.label = label;
		this.referral = referral;
	}

	public String code() {
		return code;
	}

	public String label() {
		return referral ? "转介" + label : label;
	}

	/** The partner body's name, for a referral. */
	public String partnerName() {
		return label;
	}

	public boolean isReferral() {
		return referral;
	}

	public static Optional<Programme> of(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
	}

	static String join(Collection<Programme> programmes) {
		return programmes.stream().sorted().map(Programme::code).collect(Collectors.joining(","));
	}

	static Set<Programme> split(String codes) {
		Set<Programme> set = EnumSet.noneOf(Programme.class);
		if (codes != null && !codes.isBlank()) {
			Arrays.stream(codes.split(",")).map(c -> of(c).orElseThrow()).forEach(set::add);
		}
		return set;
	}

	static String labels(Collection<Programme> programmes) {
		return programmes.isEmpty() ? "无"
				: programmes.stream().sorted().map(Programme::label).collect(Collectors.joining("、"));
	}

}
