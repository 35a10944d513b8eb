package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.springframework.stereotype.Component;

/** 异议转入复查: an objection stops the notice; the household is surveyed again and the notice starts afresh. */
@Component("returnForResurvey")
class ReturnForResurvey implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	ReturnForResurvey(ReliefRecords relief, CaseRecords records) {
		this.relief = relief;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		records.log(kase, "RESURVEY", CaseRecords.SYSTEM,
				"第" + application.getNoticeRound() + "轮公示收到异议，公示中止，重新入户调查后重新公示");
	}

}
