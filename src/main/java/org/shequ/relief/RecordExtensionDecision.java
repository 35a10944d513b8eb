package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 决定是否延长低保办理时限 completed: the secretary extends the limit once, to 40 working days, and must
 * say why; {@code extendDibaoLimit} then moves the deadlines.
 */
@Component("recordExtensionDecision")
class RecordExtensionDecision implements TaskListener {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final TimeLimits limits;

	private final ShequClock clock;

	RecordExtensionDecision(ReliefRecords relief, CaseRecords records, TimeLimits limits, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		boolean extend = form.yesNo("extendLimit", "是否延长办理时限");
		String reason = form.optionalText("extensionReason", "延长理由", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		if (extend) {
			if (reason == null || reason.codePointCount(0, reason.length()) < 5) {
				throw ReliefForm.invalid("延长办理时限须写明理由（至少5字）");
			}
			if (application.isDibaoExtended()) {
				throw ReliefForm.invalid("低保办理时限只能延长一次");
			}
			application.extendDibao(limits.extendedDibaoDueBy(application), reason, actor, clock.now());
		}
		else {
			records.log(kase, "EXTENSION_DECLINED", actor, "不延长低保办理时限，按期 " + clock.display(application.getDibaoDueBy())
					+ " 办结" + (reason == null ? "" : "：" + reason));
		}
		form.consume();
		task.setVariable("extendLimit", extend);
	}

}
