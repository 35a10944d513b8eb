package org.shequ.mediation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 现场调解 completed: the community's mediation and its result; without agreement the case goes to the street. */
@Component("recordMediation")
class RecordMediation implements TaskListener {

	private final MediationRecorder recorder;

	RecordMediation(MediationRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void notify(DelegateTask task) {
		recorder.record(task, MediationLevel.COMMUNITY, form -> new MediationRecorder.NoAgreement(
				form.fields().text("noAgreementReason", "未达成协议的原因", 2000), null));
	}

}
