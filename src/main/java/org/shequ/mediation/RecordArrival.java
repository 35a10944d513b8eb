package org.shequ.mediation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/**
 * 确认联系/到场 completed, by the cadre first sent or the one asked next: records when and by whom
 * (which stops the response clock). Whoever arrived mediates, so the case and its later tasks go to them.
 */
@Component("recordArrival")
class RecordArrival implements TaskListener {

	static final Map<String, String> METHODS = Map.of("onsite", "已到达现场", "phone", "已电话联系当事人");

	private final CaseRecords records;

	private final ShequClock clock;

	RecordArrival(CaseRecords records, ShequClock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String method = form.choice("arrivalMethod", "响应方式", METHODS.keySet().toArray(String[]::new));
		String note = form.text("arrivalNote", "现场/联系情况", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		kase.recordResponse(actor, clock.now());
		records.log(kase, "RESPONDED", actor, clock.display(clock.now()) + " " + actor + " " + METHODS.get(method)
				+ "：" + note);
		if (!CaseRecords.SYSTEM.equals(actor) && !actor.equals(kase.getAssignee())) {
			String from = kase.getAssignee();
			kase.reassignTo(actor);
			records.log(kase, "REASSIGNED", actor, "由 " + (from == null ? "无" : from) + " 改为先到场的 " + actor
					+ " 调解");
			task.getExecution().setVariable("assignee", actor);
		}
		form.consume();
	}

}
