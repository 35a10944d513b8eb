package org.shequ.followup;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/**
 * Moves a case to another caseworker: the open tasks its current caseworker holds (or, when nobody
 * holds it, the community's unclaimed tasks), and the {@code assignee} that its track's later tasks
 * will be given. Tasks held by others — a volunteer, the street office, the secretary's own 督办 and
 * reviews — stay where they are.
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
		String from = kase.getAssignee();
		privileged.run(() -> {
			for (ProcessInstance instance : runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(kase.getTrackingNumber())
				.active()
				.list()) {
				Object current = runtime.getVariable(instance.getId(), "assignee");
				if (current == null || current.equals(from)) {
					runtime.setVariable(instance.getId(), "assignee", to);
				}
			}
			TaskQuery held = tasks.createTaskQuery().processInstanceBusinessKey(kase.getTrackingNumber()).active();
			held = from == null ? held.taskCandidateGroup(kase.getCommunityId()).taskUnassigned() : held.taskAssignee(from);
			for (Task task : held.list()) {
				if (!task.getTaskDefinitionKey().startsWith(SUPERVISOR_TASK_PREFIX)) {
					tasks.setAssignee(task.getId(), to);
				}
			}
		});
		kase.reassignTo(to);
		records.log(kase, "REASSIGNED", by, "由 " + (from == null ? "无" : from) + " 改派给 " + to);
	}

}
