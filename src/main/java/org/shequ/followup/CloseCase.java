package org.shequ.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 结案: the case is closed with the reason the callback or the review gave. */
@Component("closeCase")
class CloseCase implements JavaDelegate {

	private final CaseRecords records;

	private final ShequClock clock;

	CloseCase(CaseRecords records, ShequClock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		Object reason = execution.getVariable(RecordCallback.CLOSE_REASON);
		String actor = records.actor();
		kase.close(actor, clock.now(), reason == null ? "结案" : reason.toString());
		records.log(kase, "CLOSED", actor, kase.getCloseReason());
	}

}
