package org.shequ.tasklist;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.shequ.security.CurrentUser;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * The first page of a caseworker's work, newest first: tasks assigned to them, and unclaimed tasks
 * offered to them or to one of their groups (their community's group among them). Both are engine
 * queries under the caller's authorizations, so a task they may not read never shows. They are two
 * queries, each taking its first page by an index, rather than one OR query, which makes the
 * database collect and sort every matching task before it can return the first fifty.
 */
@Component
class CaseworkerTasks {

	static final int PAGE = 50;

	private static final Comparator<Task> NEWEST_FIRST = Comparator.comparing(Task::getCreateTime)
		.reversed()
		.thenComparing(Task::getId, Comparator.reverseOrder());

	private final TaskService tasks;

	private final ShequClock clock;

	CaseworkerTasks(TaskService tasks, ShequClock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	List<TaskSummary> firstPage(CurrentUser user) {
		List<Task> assigned = tasks.createTaskQuery()
			.taskAssignee(user.id())
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, PAGE);
		List<Task> offered = tasks.createTaskQuery()
			.taskCandidateUser(user.id())
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, PAGE);
		return Stream.concat(assigned.stream(), offered.stream())
			.sorted(NEWEST_FIRST)
			.limit(PAGE)
			.map(task -> TaskSummary.of(task, clock.zone()))
			.toList();
	}

}
