package org.shequ.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 不满意复核 completed: the secretary reopens the case, or closes it with a written reason. Sets {@code reopen}. */
@Component("recordReview")
class RecordReview implements TaskListener {

	private final CaseRecords records;

	RecordReview(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String decision = form.choice("reviewDecision", "复核决定", "reopen", "close");
		String reason = form.text("reviewReason", "复核理由", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		boolean reopen = "reopen".equals(decision);
		records.log(kase, "REVIEWED", actor, (reopen ? "重新办理：" : "结案：") + reason);
		task.getExecution().setVariable("reopen", reopen);
		if (!reopen) {
			task.getExecution().setVariable(RecordCallback.CLOSE_REASON, "居民不满意，经书记复核结案：" + reason);
		}
		form.consume();
	}

}
