package org.shequ.tasklist;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.task.Task;

/** One line of a caseworker's task list; the name already carries the tracking number and title. */
record TaskSummary(String id, String name, String description, String taskDefinitionKey, String assignee,
		OffsetDateTime created, OffsetDateTime due, String processInstanceId) {

	static TaskSummary of(Task task, ZoneId zone) {
		return new TaskSummary(task.getId(), task.getName(), task.getDescription(), task.getTaskDefinitionKey(),
				task.getAssignee(), at(task.getCreateTime(), zone), at(task.getDueDate(), zone),
				task.getProcessInstanceId());
	}

	private static OffsetDateTime at(Date date, ZoneId zone) {
		return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
	}

}
