package org.shequ.followup;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 重新办理: the case goes back to its track with a fresh resolution deadline of the same length. */
@Component("reopenCase")
class ReopenCase implements JavaDelegate {

	private final CaseRecords records;

	private final Deadlines deadlines;

	private final ShequClock clock;

	ReopenCase(CaseRecords records, Deadlines deadlines, ShequClock clock) {
		this.records = records;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		Instant resolveBy = deadlines.after(clock.now(), kase.getResolveWithin());
		kase.reopen(resolveBy);
		records.log(kase, "REOPENED", records.actor(), "第" + kase.getReopenCount() + "次重办，办结时限 "
				+ clock.display(resolveBy));
		execution.setVariable("resolveBy", Date.from(resolveBy));
		execution.removeVariable("reopen");
		execution.removeVariable(RecordCallback.RESULT);
	}

}
