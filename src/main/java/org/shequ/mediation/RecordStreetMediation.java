package org.shequ.mediation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 街道人民调解委员会调解 completed: the street committee's mediation; without agreement it names where the
 * dispute goes next (司法所 or 人民法院) and why.
 */
@Component("recordStreetMediation")
class RecordStreetMediation implements TaskListener {

	private final MediationRecorder recorder;

	RecordStreetMediation(MediationRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void notify(DelegateTask task) {
		recorder.record(task, MediationLevel.STREET, form -> {
			ReferralTarget target = ReferralTarget.of(form.fields()
				.choice("referTo", "转介至", ReferralTarget.JUDICIAL.code(), ReferralTarget.COURT.code())).orElseThrow();
			return new MediationRecorder.NoAgreement(form.fields().text("referralReason", "转介理由", 2000), target);
		});
	}

}
