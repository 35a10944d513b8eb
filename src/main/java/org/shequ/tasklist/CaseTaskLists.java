package org.shequ.tasklist;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.shequ.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The lists caseworkers and secretaries work from, each sorted by due date, soonest first. They may
 * only use the expressions {@link org.shequ.security.QueryExpressionGuard} allows. The two deadline
 * lists show every task the user may see, which for community staff is their community's work: the
 * team covers for each other before a deadline passes.
 */
@Component
class CaseTaskLists {

	static final String MINE = "我的任务";

	static final String COMMUNITY_QUEUE = "本社区待办";

	static final String DUE_SOON = "即将超时";

	static final String OVERDUE = "已超时";

	static final String SUPERVISION = "督办";

	static final String CURRENT_USER = "${currentUser()}";

	static final String NOW = "${now()}";

	static final String IN_24_HOURS = "${dateTime().plusHours(24).toDate()}";

	private final TaskService tasks;

	CaseTaskLists(TaskService tasks) {
		this.tasks = tasks;
	}

	List<TaskList> all() {
		return List.of(
				new TaskList(MINE, 10, "#1f6fb2", "指派给我本人的任务", query().taskAssigneeExpression(CURRENT_USER),
						Roles.TASK_WORKERS),
				new TaskList(COMMUNITY_QUEUE, 20, "#2e8b57", "本社区（或我所在组）尚未认领的任务，认领后由本人办理",
						query().taskCandidateUserExpression(CURRENT_USER), Roles.TASK_WORKERS),
				new TaskList(DUE_SOON, 30, "#e69500", "24小时内到期、尚未办完的任务",
						query().dueAfterExpression(NOW).dueBeforeExpression(IN_24_HOURS), Roles.TASK_WORKERS),
				new TaskList(OVERDUE, 40, "#c9302c", "已过办理时限、尚未办完的任务", query().dueBeforeExpression(NOW),
						Roles.TASK_WORKERS),
				new TaskList(SUPERVISION, 50, "#8e44ad", "超时未响应或未办结、提请书记督办的诉求",
						query().taskDefinitionKeyLike("supervise%")
							.taskCandidateUserExpression(CURRENT_USER)
							.includeAssignedTasks(),
						List.of(Roles.SUPERVISOR)));
	}

	private TaskQuery query() {
		return tasks.createTaskQuery().orderByDueDate().asc();
	}

}
