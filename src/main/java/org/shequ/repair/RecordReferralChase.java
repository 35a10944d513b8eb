package org.shequ.repair;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 催办责任单位 completed: the reminder given to a body that has not acknowledged the referral yet. */
@Component("recordReferralChase")
class RecordReferralChase implements TaskListener {

	static final Map<String, String> METHODS = Map.of("phone", "电话催办", "visit", "上门催办", "letter", "发催办函");

	private final CaseRecords records;

	private final Referrals referrals;

	private final ShequClock clock;

	RecordReferralChase(CaseRecords records, Referrals referrals, ShequClock clock) {
		this.records = records;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String method = form.choice("chaseMethod", "催办方式", METHODS.keySet().toArray(String[]::new));
		String note = form.text("chaseNote", "催办情况", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Referral referral = referrals.current(kase);
		referral.remind();
		referrals.record(referral, ReferralEvent.Kind.REMINDED, clock.now(), actor, null, METHODS.get(method) + "：" + note);
		records.log(kase, "REFERRAL_CHASED", actor, "第" + referral.getReminders() + "次催办 " + referral.getBodyName() + "（"
				+ METHODS.get(method) + "）：" + note);
		form.consume();
	}

}
