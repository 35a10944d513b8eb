package org.shequ.general;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 联系居民 completed: the first contact with the resident, which stops the response clock. */
@Component("recordResponse")
class RecordResponse implements TaskListener {

	static final Map<String, String> METHODS = Map.of("phone", "电话联系", "visit", "上门查看", "desk", "来访面谈");

	private final CaseRecords records;

	private final ShequClock clock;

	RecordResponse(CaseRecords records, ShequClock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String method = form.choice("contactMethod", "联系方式", METHODS.keySet().toArray(String[]::new));
		String note = form.text("contactNote", "联系情况", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		kase.recordResponse(actor, clock.now());
		records.log(kase, "RESPONDED", actor, METHODS.get(method) + "：" + note);
		form.consume();
	}

}
