package org.shequ.repair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 社区自行维修 completed: what the community did itself when no body could be made to do it. */
@Component("recordCommunityRepair")
class RecordCommunityRepair implements TaskListener {

	private final CaseRecords records;

	RecordCommunityRepair(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String actions = form.text("actionsTaken", "维修情况", 2000);
		Case kase = records.of(task);
		records.log(kase, "COMMUNITY_REPAIRED", records.actor(task), "社区自行维修：" + actions);
		form.consume();
	}

}
