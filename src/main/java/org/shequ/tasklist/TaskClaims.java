package org.shequ.tasklist;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.shequ.roster.StaffNames;
import org.shequ.security.CurrentUser;
import org.shequ.system.ConflictException;
import org.shequ.system.NotFoundException;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * A caseworker takes an offered task. The engine decides who wins when two claim at once, on one node
 * or two: the second finds the task claimed, or fails its optimistic lock on the task row. Either way
 * the loser is told who holds the task now.
 */
@Component
class TaskClaims {

	private final TaskService tasks;

	private final StaffNames names;

	private final Privileged privileged;

	private final ShequClock clock;

	TaskClaims(TaskService tasks, StaffNames names, Privileged privileged, ShequClock clock) {
		this.tasks = tasks;
		this.names = names;
		this.privileged = privileged;
		this.clock = clock;
	}

	TaskSummary claim(String taskId, CurrentUser user) {
		if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
			throw notFound(taskId);
		}
		try {
			tasks.claim(taskId, user.id());
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException claimedByAnother) {
			throw taken(taskId, user);
		}
		catch (NullValueException completedMeanwhile) {
			throw notFound(taskId);
		}
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw notFound(taskId);
		}
		return TaskSummary.of(task, clock.zone());
	}

	private RuntimeException taken(String taskId, CurrentUser user) {
		Task task = privileged.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			return new ConflictException(409, "task " + taskId + " was completed by someone else meanwhile");
		}
		if (task.getAssignee() == null || task.getAssignee().equals(user.id())) {
			return new ConflictException(409, "task " + taskId + " changed while you claimed it: try again");
		}
		return new ConflictException(409, "task " + taskId + " is already claimed by " + names.nameOf(task.getAssignee())
				+ " (" + task.getAssignee() + ")");
	}

	private static NotFoundException notFound(String taskId) {
		return new NotFoundException("no open task " + taskId + " that you may see");
	}

}
