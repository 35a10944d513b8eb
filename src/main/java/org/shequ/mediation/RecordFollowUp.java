package org.shequ.mediation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 回访协议履行情况 completed: was the agreement honoured? Sets {@code honoured} for the gateway. */
@Component("recordFollowUp")
class RecordFollowUp implements TaskListener {

	static final String HONOURED = "honoured";

	private final CaseRecords records;

	private final MediationAgreementRepository agreements;

	private final ShequClock clock;

	RecordFollowUp(CaseRecords records, MediationAgreementRepository agreements, ShequClock clock) {
		this.records = records;
		this.agreements = agreements;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		boolean honoured = form.yesNo("agreementHonoured", "协议是否已履行");
		String note = form.text("followUpNote", "回访情况", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		MediationAgreement agreement = agreements.findFirstByCaseIdOrderBySequenceNoDesc(kase.getId())
			.orElseThrow(() -> new IllegalStateException("no agreement to follow up for " + kase.getTrackingNumber()));
		agreement.recordFollowUp(honoured, actor, clock.now(), note);
		records.log(kase, "FOLLOW_UP", actor, "调解协议 " + agreement.getAgreementNumber() + (honoured ? " 已履行：" : " 未履行：")
				+ note);
		form.consume();
		task.getExecution().setVariable(HONOURED, honoured);
	}

}
