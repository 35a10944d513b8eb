package org.shequ.relief;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 发出转介函: one branch per partner body (variable {@code partner}); it must acknowledge in time. */
@Component("sendReferral")
class SendReferral implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefReferralRepository referrals;

	private final Deadlines deadlines;

	private final ReliefProperties properties;

	private final ShequClock clock;

	SendReferral(ReliefRecords relief, CaseRecords records, ReliefReferralRepository referrals, Deadlines deadlines,
			ReliefProperties properties, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.referrals = referrals;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		Programme partner = ReliefDeadlines.partner(execution.getVariable("partner"));
		Instant now = clock.now();
		Instant acknowledgeBy = deadlines.after(now, properties.referralAcknowledgeWithin());
		referrals.save(new ReliefReferral(application.getId(), partner, now, acknowledgeBy));
		records.log(kase, "REFERRAL_SENT", CaseRecords.SYSTEM,
				"已向" + partner.partnerName() + "发出转介函，请其于 " + clock.display(acknowledgeBy) + " 前签收");
	}

}
