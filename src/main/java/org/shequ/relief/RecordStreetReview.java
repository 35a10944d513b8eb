package org.shequ.relief;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 街道审核 completed: passed on to civil affairs, or refused with reasons that must reach the applicant in writing. */
@Component("recordStreetReview")
class RecordStreetReview implements TaskListener {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefDecisionRepository decisions;

	private final TimeLimits limits;

	private final ShequClock clock;

	RecordStreetReview(ReliefRecords relief, CaseRecords records, ReliefDecisionRepository decisions, TimeLimits limits,
			ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		boolean passed = "pass".equals(form.choice("streetDecision", "审核结果", "pass", "refuse"));
		String opinion = form.text("streetOpinion", "审核意见", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Instant now = clock.now();
		ReliefDecision decision = decisions.save(new ReliefDecision(application.getId(), DecisionKind.STREET_REVIEW,
				passed, null, null, opinion, actor, now));
		if (passed) {
			records.log(kase, "STREET_REVIEW", actor, "街道审核通过，报民政审批");
		}
		else {
			Instant noticeDueBy = limits.refusalNoticeDueBy(now);
			decision.noticeDueBy(noticeDueBy);
			task.setVariable("refusalNoticeDueBy", Date.from(noticeDueBy));
			records.log(kase, "STREET_REVIEW", actor, "街道审核不通过，须在 " + clock.display(noticeDueBy) + " 前书面告知申请人理由");
		}
		task.setVariable("streetOfficePassed", passed);
		form.consume();
	}

}
