package org.shequ.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.springframework.stereotype.Component;

/** 协议未履行，重新调解: the agreement did not hold, so the dispute is open again and goes back to mediation. */
@Component("resumeMediation")
class ResumeMediation implements JavaDelegate {

	private final CaseRecords records;

	ResumeMediation(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		kase.resumeHandling();
		records.log(kase, "MEDIATION_RESUMED", records.actor(), "调解协议未履行，诉求恢复办理，重新调解");
		execution.removeVariable(RecordFollowUp.HONOURED);
		execution.removeVariable(MediationRecorder.OUTCOME);
	}

}
