package org.shequ.tasklist;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.shequ.security.CurrentUser;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * The first page of a caseworker's work, newest first: tasks assigned to them, and unclaimed tasks
 * offered to them or to one of their groups (their community's group among them). {@link NewestOpenTasks}
 * finds the ids fast; the engine loads those tasks under the caller's authorizations, so a task they may
 * not read never shows. Should the engine hold any of them back, the page is asked of the engine's own
 * queries instead, slower but exact.
 */
@Component
class CaseworkerTasks {

	static final int PAGE = 50;

	private static final Comparator<Task> NEWEST_FIRST = Comparator.comparing(Task::getCreateTime)
		.reversed()
		.thenComparing(Task::getId, Comparator.reverseOrder());

	private final TaskService tasks;

	private final NewestOpenTasks newest;

	private final ShequClock clock;

	CaseworkerTasks(TaskService tasks, NewestOpenTasks newest, ShequClock clock) {
		this.tasks = tasks;
		this.newest = newest;
		this.clock = clock;
	}

	List<TaskSummary> firstPage(CurrentUser user) {
		Optional<List<String>> ids = newest.of(user, PAGE);
		if (ids.isPresent()) {
			if (ids.get().isEmpty()) {
				return List.of();
			}
			List<Task> found = tasks.createTaskQuery().taskIdIn(ids.get().toArray(String[]::new)).list();
			if (found.size() == ids.get().size()) {
				return page(found.stream());
			}
		}
		return page(byEngineQueries(user));
	}

	private Stream<Task> byEngineQueries(CurrentUser user) {
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
		return Stream.concat(assigned.stream(), offered.stream());
	}

	private List<TaskSummary> page(Stream<Task> tasks) {
		return tasks.sorted(NEWEST_FIRST)
			.limit(PAGE)
			.map(task -> TaskSummary.of(task, clock.zone()))
			.toList();
	}

}
