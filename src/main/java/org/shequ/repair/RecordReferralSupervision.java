package org.shequ.repair;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 督办：责任单位逾期 completed: what the secretary did about a body past its time limit. */
@Component("recordReferralSupervision")
class RecordReferralSupervision implements TaskListener {

	static final Map<String, String> ACTIONS = Map.of("coordinated", "书记出面协调", "escalated", "提请街道办协调", "urged",
			"已再次催办");

	private final CaseRecords records;

	private final Referrals referrals;

	private final ShequClock clock;

	RecordReferralSupervision(CaseRecords records, Referrals referrals, ShequClock clock) {
		this.records = records;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String action = form.choice("supervisionAction", "督办措施", ACTIONS.keySet().toArray(String[]::new));
		String note = form.text("supervisionNote", "督办意见", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Referral referral = referrals.current(kase);
		referrals.record(referral, ReferralEvent.Kind.SUPERVISED, clock.now(), actor, null, ACTIONS.get(action) + "：" + note);
		records.log(kase, "SUPERVISED", actor, "督办 " + referral.getBodyName() + "（转介函 " + referral.getLetterNumber()
				+ " 逾期）：" + ACTIONS.get(action) + "：" + note);
		form.consume();
	}

}
