package org.shequ.followup;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.roster.StaffDirectory;
import org.shequ.system.InvalidFormException;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 督办 completed: what the secretary did about a missed deadline, and the reassignment if they chose it. */
@Component("recordSupervision")
class RecordSupervision implements TaskListener {

	static final Map<String, String> ACTIONS = Map.of("urged", "已催办", "reassigned", "已改派", "takeover",
			"书记亲自督办");

	private final CaseRecords records;

	private final StaffDirectory staff;

	private final Reassignment reassignment;

	RecordSupervision(CaseRecords records, StaffDirectory staff, Reassignment reassignment) {
		this.records = records;
		this.staff = staff;
		this.reassignment = reassignment;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String action = form.choice("supervisionAction", "督办措施", ACTIONS.keySet().toArray(String[]::new));
		String note = form.text("supervisionNote", "督办意见", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		if ("reassigned".equals(action)) {
			String to = form.text("reassignTo", "改派给", 64);
			if (!staff.isCaseworkerOf(to, kase.getCommunityId())) {
				throw new InvalidFormException(to + " 不是本社区的工作人员");
			}
			reassignment.reassign(kase, to, actor);
		}
		records.log(kase, "SUPERVISED", actor, ACTIONS.get(action) + "：" + note);
		form.consume("reassignTo");
	}

}
