package org.shequ.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.springframework.stereotype.Component;

/** 移交街道人民调解委员会: the community could not settle the dispute; the street committee takes it up. */
@Component("referToStreet")
class ReferToStreet implements JavaDelegate {

	private final CaseRecords records;

	ReferToStreet(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		records.log(kase, "REFERRED_TO_STREET", records.actor(), "社区调解未达成协议，移交" + MediationRecorder.STREET_COMMITTEE);
	}

}
