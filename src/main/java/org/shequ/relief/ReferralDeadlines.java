package org.shequ.relief;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The dates a referral branch waits for, read by the model's timers and due dates:
 * {@code ${referralDeadlines.acknowledgeBy(reliefApplicationId, partner)}}.
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

	private final ReferralRepository referrals;

	ReferralDeadlines(ReferralRepository referrals) {
		this.referrals = referrals;
	}

	public Date acknowledgeBy(Number applicationId, String partner) {
		return Date.from(referral(applicationId, partner).getAcknowledgeBy());
	}

	public Date resultBy(Number applicationId, String partner) {
		Referral referral = referral(applicationId, partner);
		if (referral.getResultBy() == null) {
			throw new IllegalStateException("referral to " + partner + " was not acknowledged yet");
		}
		return Date.from(referral.getResultBy());
	}

	private Referral referral(Number applicationId, String partner) {
		return referrals.findByApplicationIdAndPartner(applicationId.longValue(), partner(partner))
			.orElseThrow(() -> new IllegalStateException("no referral to " + partner + " for application " + applicationId));
	}

	static Programme partner(Object code) {
		return Programme.of(String.valueOf(code))
			.filter(Programme::isReferral)
			.orElseThrow(() -> new IllegalStateException("not a partner body: " + code));
	}

}
