package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 登记转介结果 completed: what the partner body did for the household. */
@Component("recordReferralResult")
class RecordReferralResult implements TaskListener {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefReferralRepository referrals;

	private final ShequClock clock;

	RecordReferralResult(ReliefRecords relief, CaseRecords records, ReliefReferralRepository referrals, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		String outcome = form.choice("referralOutcome", "结果", "granted", "declined");
		String note = form.text("referralResultNote", "结果说明", 2000);
		ReliefApplication application = relief.of(task);
		Programme partner = ReliefDeadlines.partner(task.getVariable("partner"));
		ReliefReferral referral = referrals.findByApplicationIdAndPartner(application.getId(), partner).orElseThrow();
		String actor = records.actor(task);
		referral.answered(outcome, note, actor, clock.now());
		Case kase = records.of(task);
		records.log(kase, "REFERRAL_RESULT", actor,
				partner.partnerName() + ("granted".equals(outcome) ? "：已获帮扶" : "：未获帮扶"));
		form.consume();
	}

}
