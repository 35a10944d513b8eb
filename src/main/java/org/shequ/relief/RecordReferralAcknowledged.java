package org.shequ.relief;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 登记对方签收 completed: the partner body has the referral; its result is due within the configured time. */
@Component("recordReferralAcknowledged")
class RecordReferralAcknowledged implements TaskListener {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefReferralRepository referrals;

	private final Deadlines deadlines;

	private final ReliefProperties properties;

	private final ShequClock clock;

	RecordReferralAcknowledged(ReliefRecords relief, CaseRecords records, ReliefReferralRepository referrals,
			Deadlines deadlines, ReliefProperties properties, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.referrals = referrals;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		String acknowledgedBy = form.text("acknowledgedBy", "对方签收人", 64);
		String note = form.optionalText("acknowledgementNote", "签收情况", 2000);
		ReliefApplication application = relief.of(task);
		Programme partner = ReliefDeadlines.partner(task.getVariable("partner"));
		ReliefReferral referral = referrals.findByApplicationIdAndPartner(application.getId(), partner).orElseThrow();
		Instant now = clock.now();
		Instant resultBy = deadlines.after(now, properties.referralResultWithin());
		referral.acknowledged(acknowledgedBy, note, now, resultBy);
		Case kase = records.of(task);
		records.log(kase, "REFERRAL_ACKNOWLEDGED", records.actor(task), partner.partnerName() + "已签收（" + acknowledgedBy
				+ "），请其于 " + clock.display(resultBy) + " 前给出结果" + (now.isAfter(referral.getAcknowledgeBy()) ? "（签收逾期）" : ""));
		form.consume();
	}

}
