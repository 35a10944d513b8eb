package org.shequ.followup;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/**
 * Moves a case to another caseworker: its open work tasks (not the secretary's own 督办 and review
 * tasks) and the {@code assignee} that its track's later tasks will be given.
 */
@Component
public class Reassignment {

	static final String SUPERVISOR_TASK_PREFIX = "supervise";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final CaseRecords records;

	private final Privileged privileged;

	Reassignment(RuntimeService runtime, TaskService tasks, CaseRecords records, Privileged privileged) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.records = records;
		this.privileged = privileged;
	}

	public void reassign(Case kase, String to, String by) {
		privileged.run(() -> {
			for (ProcessInstance instance : runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(kase.getTrackingNumber())
				.active()
				.list()) {
				runtime.setVariable(instance.getId(), "assignee", to);
			}
			for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(kase.getTrackingNumber()).active().list()) {
				if (!task.getTaskDefinitionKey().startsWith(SUPERVISOR_TASK_PREFIX)
						&& !task.getTaskDefinitionKey().startsWith("review")) {
					tasks.setAssignee(task.getId(), to);
				}
			}
		});
		String from = kase.getAssignee();
		kase.reassignTo(to);
		records.log(kase, "REASSIGNED", by, "由 " + (from == null ? "无" : from) + " 改派给 " + to);
	}

}
