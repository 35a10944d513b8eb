package org.shequ.relief;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Dates the model's timers and due dates read from the application, e.g.
 * {@code ${reliefDeadlines.acknowledgeBy(reliefApplicationId, partner)}}. A timer of an event
 * subprocess is set when its scope is entered, before any of the scope's own steps have run.
 */
@Component("reliefDeadlines")
public class ReliefDeadlines {

	private final ReliefApplicationRepository applications;

	private final ReliefReferralRepository referrals;

	private final TimeLimits limits;

	ReliefDeadlines(ReliefApplicationRepository applications, ReliefReferralRepository referrals, TimeLimits limits) {
		this.applications = applications;
		this.referrals = referrals;
		this.limits = limits;
	}

	/** When the secretary is asked whether to extend the 低保 limit. */
	public Date extensionOfferedAt(Number applicationId) {
		return Date.from(limits.extensionOfferedAt(applications.findById(applicationId.longValue()).orElseThrow()));
	}

	public Date acknowledgeBy(Number applicationId, String partner) {
		return Date.from(referral(applicationId, partner).getAcknowledgeBy());
	}

	public Date resultBy(Number applicationId, String partner) {
		ReliefReferral referral = referral(applicationId, partner);
		if (referral.getResultBy() == null) {
			throw new IllegalStateException("referral to " + partner + " was not acknowledged yet");
		}
		return Date.from(referral.getResultBy());
	}

	private ReliefReferral referral(Number applicationId, String partner) {
		return referrals.findByApplicationIdAndPartner(applicationId.longValue(), partner(partner))
			.orElseThrow(() -> new IllegalStateException("no referral to " + partner + " for application " + applicationId));
	}

	static Programme partner(Object code) {
		return Programme.of(String.valueOf(code))
			.filter(Programme::isReferral)
			.orElseThrow(() -> new IllegalStateException("not a partner body: " + code));
	}

}
