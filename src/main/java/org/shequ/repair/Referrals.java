package org.shequ.repair;

import java.time.Instant;

import org.shequ.intake.Case;
import org.springframework.stereotype.Component;

/** The referral letter a case is at now, and the record of each step taken with it. */
@Component
class Referrals {

	private final ReferralRepository referrals;

	private final ReferralEventRepository events;

	Referrals(ReferralRepository referrals, ReferralEventRepository events) {
		this.referrals = referrals;
		this.events = events;
	}

	Referral current(Case kase) {
		return referrals.findFirstByCaseIdOrderBySeqNoDesc(kase.getId())
			.orElseThrow(() -> new IllegalStateException("no referral letter for " + kase.getTrackingNumber()));
	}

	void record(Referral referral, ReferralEvent.Kind kind, Instant at, String by, String contact,
			String note) {
		events.save(new ReferralEvent(referral.getId(), kind, at, by, contact, note));
	}

}
