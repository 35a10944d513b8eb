package org.shequ.relief;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.ResolutionDeadline;
import org.springframework.stereotype.Component;

/** 延长至40个工作日: the extension the secretary granted moves the case's deadline and the intake's timer. */
@Component("extendDibaoLimit")
class ExtendDibaoLimit implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ResolutionDeadline resolution;

	ExtendDibaoLimit(ReliefRecords relief, CaseRecords records, ResolutionDeadline resolution) {
		this.relief = relief;
		this.records = records;
		this.resolution = resolution;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		if (!application.isDibaoExtended()) {
			throw new IllegalStateException("the extension of application " + application.getId() + " was not recorded");
		}
		resolution.moveTo(kase, application.getDibaoDueBy(), application.getExtendedBy(),
				"低保办理时限延长至40个工作日，理由：" + application.getExtensionReason());
		execution.setVariable("dibaoDueBy", Date.from(application.getDibaoDueBy()));
	}

}
