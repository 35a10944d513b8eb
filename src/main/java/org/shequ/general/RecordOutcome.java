package org.shequ.general;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 办理并记录结果 completed: what was done and how it ended; the case is resolved (办结). */
@Component("recordOutcome")
class RecordOutcome implements TaskListener {

	static final Map<String, String> OUTCOMES = Map.of("resolved", "已解决", "answered", "已答复解释", "unresolvable",
			"无法解决（已说明原因）");

	private final CaseRecords records;

	private final ShequClock clock;

	RecordOutcome(CaseRecords records, ShequClock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String actions = form.text("actionsTaken", "办理过程", 4000);
		String outcome = form.choice("outcome", "办理结果", OUTCOMES.keySet().toArray(String[]::new));
		String summary = form.text("outcomeSummary", "答复居民的内容", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		kase.resolve(outcome, summary, actor, clock.now());
		records.log(kase, "HANDLED", actor, actions);
		records.log(kase, "RESOLVED", actor, OUTCOMES.get(outcome) + "：" + summary);
		form.consume();
	}

}
