package org.shequ.relief;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.ResolutionDeadline;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 起算低保办理时限: the 低保 procedure has 25 working days from registration (pauses for documents not
 * counted); the case's resolution deadline follows it. The secretary is asked about an extension
 * some working days before it runs out.
 */
@Component("startDibaoProcedure")
class StartDibaoProcedure implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final TimeLimits limits;

	private final ResolutionDeadline resolution;

	private final ShequClock clock;

	StartDibaoProcedure(ReliefRecords relief, CaseRecords records, TimeLimits limits, ResolutionDeadline resolution,
			ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.limits = limits;
		this.resolution = resolution;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		Instant dueBy = limits.dibaoDueBy(application);
		application.startDibao(clock.now(), dueBy);
		records.log(kase, "DIBAO_STARTED", CaseRecords.SYSTEM, "低保审核审批开始，办理时限 " + clock.display(dueBy));
		if (kase.getResolveBy() == null || dueBy.isAfter(kase.getResolveBy())) {
			resolution.moveTo(kase, dueBy, CaseRecords.SYSTEM, "低保办理时限为25个工作日");
		}
		execution.setVariable("dibaoDueBy", Date.from(dueBy));
	}

}
