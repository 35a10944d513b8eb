package org.shequ.repair;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 送达转介函 completed: how and to whom the letter was delivered; the body's answers can now be recorded. */
@Component("recordReferralDelivery")
class RecordReferralDelivery implements TaskListener {

	static final Map<String, String> METHODS = Map.of("in_person", "当面递交", "post", "邮寄", "fax", "传真", "email",
			"电子邮件");

	private final CaseRecords records;

	private final Referrals referrals;

	private final ShequClock clock;

	RecordReferralDelivery(CaseRecords records, Referrals referrals, ShequClock clock) {
		this.records = records;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String method = form.choice("deliveryMethod", "送达方式", METHODS.keySet().toArray(String[]::new));
		String to = form.text("deliveredTo", "接收人", 64);
		String note = form.optionalText("deliveryNote", "送达情况", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Referral referral = referrals.current(kase);
		referral.deliver(method, to, actor, clock.now());
		referrals.record(referral, ReferralEvent.Kind.DELIVERED, clock.now(), actor, to, note);
		records.log(kase, "REFERRAL_DELIVERED", actor, "转介函 " + referral.getLetterNumber() + " 已" + METHODS.get(method)
				+ "送达 " + referral.getBodyName() + "，接收人 " + to + (note == null ? "" : "；" + note));
		form.consume();
	}

}
