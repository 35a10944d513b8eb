package org.shequ.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * The engine's history of one process instance as timeline drafts: start and end, every activity,
 * every task from creation through assignment and claim to completion with the values submitted,
 * decisions with their inputs and matched rules, timers and other jobs, incidents, comments and the
 * user operation log. Each draft names the chain entry that recorded it.
 */
@Component
class EngineHistoryDrafts {

	private static final Set<String> TASK_OPERATIONS_SHOWN_AS_TASK_EVENTS = Set.of(
			UserOperationLogEntry.OPERATION_TYPE_COMPLETE, UserOperationLogEntry.OPERATION_TYPE_CLAIM);

	private final HistoryService history;

	private final TaskService tasks;

	private final RepositoryService repository;

	EngineHistoryDrafts(HistoryService history, TaskService tasks, RepositoryService repository) {
		this.history = history;
		this.tasks = tasks;
		this.repository = repository;
	}

	List<TimelineEvent.Draft> of(HistoricProcessInstance instance, List<HistoricActivityInstance> activities) {
		String pi = instance.getId();
		List<TimelineEvent.Draft> drafts = new ArrayList<>();
		List<HistoricTaskInstance> taskList = history.createHistoricTaskInstanceQuery().processInstanceId(pi).list();
		List<UserOperationLogEntry> operations = history.createUserOperationLogQuery().processInstanceId(pi).list();
		List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(pi).list();

		Map<String, List<UserOperationLogEntry>> byOperation = operations.stream()
			.collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
		Map<String, UserOperationLogEntry> completedBy = new HashMap<>();
		Set<String> claims = new java.util.HashSet<>();
		for (UserOperationLogEntry entry : operations) {
			if (entry.getTaskId() != null && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())) {
				completedBy.put(entry.getTaskId(), entry);
			}
			if (entry.getTaskId() != null && UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(entry.getOperationType())) {
				claims.add(entry.getTaskId() + "|" + entry.getNewValue());
			}
		}
		Map<String, HistoricTaskInstance> taskByActivity = taskList.stream()
			.filter(t -> t.getActivityInstanceId() != null)
			.collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, t -> t, (a, b) -> a));
		Map<String, String> completionOperation = new HashMap<>();
		completedBy.forEach((task, entry) -> completionOperation.put(entry.getOperationId(), task));

		// values: submitted with a completion, set on a task, changed by an operation, or set by the process
		Map<String, Map<String, Object>> formValues = new HashMap<>();
		Map<String, Map<String, Object>> taskVariables = new HashMap<>();
		Map<String, Map<String, Object>> operationValues = new HashMap<>();
		Map<String, Map<String, Object>> processValues = new HashMap<>();
		for (HistoricDetail detail : details) {
			String name = detail instanceof HistoricVariableUpdate update ? update.getVariableName()
					: ((HistoricFormField) detail).getFieldId();
			Object value = value(detail);
			if (detail.getUserOperationId() != null && completionOperation.containsKey(detail.getUserOperationId())) {
				formValues.computeIfAbsent(completionOperation.get(detail.getUserOperationId()), k -> new TreeMap<>())
					.put(name, value);
			}
			else if (detail.getUserOperationId() != null && byOperation.containsKey(detail.getUserOperationId())) {
				operationValues.computeIfAbsent(detail.getUserOperationId(), k -> new TreeMap<>()).put(name, value);
			}
			else if (detail.getTaskId() != null) {
				taskVariables.computeIfAbsent(detail.getTaskId(), k -> new TreeMap<>()).put(name, value);
			}
			else {
				String scope = detail.getActivityInstanceId() == null ? pi : detail.getActivityInstanceId();
				processValues.computeIfAbsent(scope, k -> new LinkedHashMap<>()).put(name, value);
			}
		}

		Map<String, Object> started = new TreeMap<>();
		started.put("businessKey", instance.getBusinessKey());
		started.put("superProcessInstanceId", instance.getSuperProcessInstanceId());
		started.put("startActivityId", instance.getStartActivityId());
		started.put("variables", processValues.getOrDefault(pi, Map.of()));
		drafts.add(draft(instance.getStartTime(), "camunda:HistoricProcessInstance:start|" + pi, "PROCESS_STARTED",
				"流程启动：" + name(instance), instance.getStartUserId(), null, pi, null, null, started));
		if (instance.getEndTime() != null) {
			Map<String, Object> ended = new TreeMap<>();
			ended.put("state", instance.getState());
			ended.put("endActivityId", instance.getEndActivityId());
			ended.put("deleteReason", instance.getDeleteReason());
			drafts.add(draft(instance.getEndTime(), "camunda:HistoricProcessInstance:end|" + pi, "PROCESS_ENDED",
					"流程结束：" + name(instance), null, instance.getDeleteReason(), pi, instance.getEndActivityId(), null,
					ended));
		}

		for (HistoricActivityInstance activity : activities) {
			if ("userTask".equals(activity.getActivityType()) && taskByActivity.containsKey(activity.getId())) {
				continue;
			}
			Map<String, Object> data = new TreeMap<>();
			data.put("activityType", activity.getActivityType());
			data.put("endTime", instant(activity.getEndTime()));
			data.put("canceled", activity.isCanceled());
			data.put("calledProcessInstanceId", activity.getCalledProcessInstanceId());
			Map<String, Object> values = processValues.get(activity.getId());
			if (values != null) {
				data.put("variables", values);
			}
			drafts.add(draft(activity.getStartTime(), "camunda:HistoricActivityInstance:start|" + activity.getId(),
					activityKind(activity.getActivityType()), label(activity), null, null, pi, activity.getActivityId(),
					activity.getActivityName(), data));
		}

		for (HistoricTaskInstance task : taskList) {
			drafts.addAll(taskDrafts(task, pi, claims, completedBy.get(task.getId()), formValues.get(task.getId()),
					taskVariables.get(task.getId()), processValues.get(task.getActivityInstanceId())));
		}

		for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
			.processInstanceId(pi)
			.includeInputs()
			.includeOutputs()
			.list()) {
			drafts.add(decisionDraft(decision, pi));
		}

		for (HistoricJobLog job : history.createHistoricJobLogQuery().processInstanceId(pi).list()) {
			TimelineEvent.Draft draft = jobDraft(job, pi);
			if (draft != null) {
				drafts.add(draft);
			}
		}

		for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(pi).list()) {
			Map<String, Object> data = new TreeMap<>();
			data.put("incidentType", incident.getIncidentType());
			data.put("message", incident.getIncidentMessage());
			data.put("resolved", incident.isResolved());
			data.put("endTime", instant(incident.getEndTime()));
			drafts.add(draft(incident.getCreateTime(), "ACT_HI_INCIDENT|" + incident.getId(), "INCIDENT",
					"故障：" + incident.getIncidentType(), null, incident.getIncidentMessage(), pi,
					incident.getActivityId(), null, data));
		}

		List<Comment> comments = new ArrayList<>(tasks.getProcessInstanceComments(pi));
		for (HistoricTaskInstance task : taskList) {
			tasks.getTaskComments(task.getId())
				.stream()
				.filter(c -> comments.stream().noneMatch(known -> known.getId().equals(c.getId())))
				.forEach(comments::add);
		}
		for (Comment comment : comments) {
			Map<String, Object> data = new TreeMap<>();
			data.put("taskId", comment.getTaskId());
			drafts.add(draft(comment.getTime(), "ACT_HI_COMMENT|" + comment.getId(), "COMMENT", "备注",
					comment.getUserId(), comment.getFullMessage(), pi, null, null, data));
		}

		byOperation.forEach((operationId, entries) -> {
			UserOperationLogEntry first = entries.get(0);
			if (first.getTaskId() != null && TASK_OPERATIONS_SHOWN_AS_TASK_EVENTS.contains(first.getOperationType())) {
				return;
			}
			Map<String, Object> data = new TreeMap<>();
			data.put("operationType", first.getOperationType());
			data.put("entityType", first.getEntityType());
			data.put("category", first.getCategory());
			data.put("taskId", first.getTaskId());
			data.put("changes", entries.stream().map(EngineHistoryDrafts::change).toList());
			Map<String, Object> values = operationValues.get(operationId);
			if (values != null) {
				data.put("values", values);
			}
			drafts.add(draft(first.getTimestamp(), "ACT_HI_OP_LOG|" + first.getId(), "OPERATION",
					"操作：" + first.getOperationType() + " " + first.getEntityType(), first.getUserId(),
					first.getAnnotation(), pi, null, null, data));
		});
		return drafts;
	}

	private List<TimelineEvent.Draft> taskDrafts(HistoricTaskInstance task, String pi, Set<String> claims,
			UserOperationLogEntry completion, Map<String, Object> submitted, Map<String, Object> shown,
			Map<String, Object> setOnCompletion) {
		List<TimelineEvent.Draft> drafts = new ArrayList<>();
		Map<String, Object> created = new TreeMap<>();
		created.put("taskId", task.getId());
		created.put("taskDefinitionKey", task.getTaskDefinitionKey());
		created.put("dueDate", instant(task.getDueDate()));
		created.put("taskVariables", shown == null ? Map.of() : shown);
		drafts.add(draft(task.getStartTime(), "camunda:HistoricTaskInstance:create|" + task.getId(), "TASK_CREATED",
				"任务创建：" + task.getName(), null, task.getDescription(), pi, task.getTaskDefinitionKey(),
				task.getName(), created));

		for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
			Map<String, Object> data = new TreeMap<>();
			data.put("taskId", task.getId());
			data.put("type", link.getType());
			data.put("operation", link.getOperationType());
			data.put("userId", link.getUserId());
			data.put("groupId", link.getGroupId());
			boolean added = "add".equals(link.getOperationType());
			String kind;
			String label;
			if ("assignee".equals(link.getType())) {
				boolean claimed = added && claims.contains(task.getId() + "|" + link.getUserId());
				kind = !added ? "TASK_UNASSIGNED" : claimed ? "TASK_CLAIMED" : "TASK_ASSIGNED";
				label = (!added ? "取消指派：" : claimed ? "认领：" : "指派给 " + link.getUserId() + "：") + task.getName();
			}
			else if ("candidate".equals(link.getType())) {
				kind = added ? "TASK_CANDIDATE_ADDED" : "TASK_CANDIDATE_REMOVED";
				label = (added ? "候选人/组：" : "移除候选人/组：")
						+ (link.getGroupId() != null ? link.getGroupId() : link.getUserId());
			}
			else {
				kind = "TASK_" + link.getType().toUpperCase() + (added ? "_SET" : "_REMOVED");
				label = link.getType() + "：" + link.getUserId();
			}
			drafts.add(draft(link.getTime(), "ACT_HI_IDENTITYLINK|" + link.getId(), kind, label, link.getAssignerId(),
					null, pi, task.getTaskDefinitionKey(), task.getName(), data));
		}

		if (task.getEndTime() != null) {
			Map<String, Object> data = new TreeMap<>();
			data.put("taskId", task.getId());
			data.put("deleteReason", task.getDeleteReason());
			data.put("assignee", task.getAssignee());
			data.put("formValues", submitted == null ? Map.of() : submitted);
			if (setOnCompletion != null) {
				data.put("variablesSet", setOnCompletion);
			}
			boolean completed = "completed".equals(task.getDeleteReason());
			String user = completion != null ? completion.getUserId() : completed ? task.getAssignee() : null;
			drafts.add(draft(task.getEndTime(), "camunda:HistoricTaskInstance:" + (completed ? "complete" : "delete")
					+ "|" + task.getId(), completed ? "TASK_COMPLETED" : "TASK_CANCELLED",
					(completed ? "任务完成：" : "任务取消：") + task.getName(), user, null, pi, task.getTaskDefinitionKey(),
					task.getName(), data));
		}
		return drafts;
	}

	private TimelineEvent.Draft decisionDraft(HistoricDecisionInstance decision, String pi) {
		Map<String, Object> data = new TreeMap<>();
		data.put("decisionDefinitionId", decision.getDecisionDefinitionId());
		data.put("decisionDefinitionKey", decision.getDecisionDefinitionKey());
		data.put("decisionDefinitionVersion", decisionVersion(decision.getDecisionDefinitionId()));
		data.put("inputs", decision.getInputs().stream().map(EngineHistoryDrafts::input).toList());
		data.put("outputs", decision.getOutputs().stream().map(EngineHistoryDrafts::output).toList());
		List<String> rules = decision.getOutputs()
			.stream()
			.map(HistoricDecisionOutputInstance::getRuleId)
			.distinct()
			.toList();
		data.put("matchedRules", rules);
		String summary = "输入 " + decision.getInputs().stream()
			.map(i -> i.getClauseName() + "=" + safeValue(i))
			.collect(Collectors.joining("，")) + "；命中规则 " + String.join("、", rules) + "；结果 "
				+ decision.getOutputs().stream().map(o -> o.getVariableName() + "=" + safeValue(o)).collect(Collectors.joining("，"));
		return draft(decision.getEvaluationTime(), "ACT_HI_DECINST|"
				+ (decision.getRootDecisionInstanceId() == null ? decision.getId() : decision.getRootDecisionInstanceId()), "DECISION",
				"决策：" + (decision.getDecisionDefinitionName() == null ? decision.getDecisionDefinitionKey()
						: decision.getDecisionDefinitionName()),
				decision.getUserId(), summary, pi, decision.getActivityId(), null, data);
	}

	private Integer decisionVersion(String definitionId) {
		try {
			return repository.getDecisionDefinition(definitionId).getVersion();
		}
		catch (RuntimeException deleted) {
			return null;
		}
	}

	private static TimelineEvent.Draft jobDraft(HistoricJobLog job, String pi) {
		String type = job.getJobDefinitionType() == null ? "" : job.getJobDefinitionType();
		boolean timer = type.startsWith("timer");
		String kind;
		String label;
		if (job.isSuccessLog()) {
			kind = timer ? "TIMER_FIRED" : "JOB_EXECUTED";
			label = timer ? "定时器触发" : "异步作业执行";
		}
		else if (job.isFailureLog()) {
			kind = "JOB_FAILED";
			label = "作业失败";
		}
		else if (timer && job.isCreationLog()) {
			kind = "TIMER_SCHEDULED";
			label = "定时器设定";
		}
		else if (timer && job.isDeletionLog()) {
			kind = "TIMER_CANCELLED";
			label = "定时器取消";
		}
		else {
			return null;
		}
		Map<String, Object> data = new TreeMap<>();
		data.put("jobDefinitionType", type);
		data.put("dueDate", instant(job.getJobDueDate()));
		data.put("retries", job.getJobRetries());
		data.put("exceptionMessage", job.getJobExceptionMessage());
		return draft(job.getTimestamp(), "ACT_HI_JOB_LOG|" + job.getId(), kind, label + "：" + job.getActivityId(),
				null, job.getJobExceptionMessage(), pi, job.getActivityId(), null, data);
	}

	private static Map<String, Object> input(HistoricDecisionInputInstance input) {
		Map<String, Object> map = new TreeMap<>();
		map.put("clauseId", input.getClauseId());
		map.put("name", input.getClauseName());
		map.put("value", safeValue(input));
		return map;
	}

	private static Map<String, Object> output(HistoricDecisionOutputInstance output) {
		Map<String, Object> map = new TreeMap<>();
		map.put("clauseId", output.getClauseId());
		map.put("name", output.getClauseName());
		map.put("variableName", output.getVariableName());
		map.put("ruleId", output.getRuleId());
		map.put("ruleOrder", output.getRuleOrder());
		map.put("value", safeValue(output));
		return map;
	}

	private static Map<String, Object> change(UserOperationLogEntry entry) {
		Map<String, Object> map = new TreeMap<>();
		map.put("property", entry.getProperty());
		map.put("orgValue", entry.getOrgValue());
		map.put("newValue", entry.getNewValue());
		return map;
	}

	private static Object safeValue(HistoricDecisionInputInstance input) {
		try {
			return plain(input.getValue());
		}
		catch (RuntimeException e) {
			return "(" + input.getTypeName() + ")";
		}
	}

	private static Object safeValue(HistoricDecisionOutputInstance output) {
		try {
			return plain(output.getValue());
		}
		catch (RuntimeException e) {
			return "(" + output.getTypeName() + ")";
		}
	}

	private static Object value(HistoricDetail detail) {
		try {
			return plain(detail instanceof HistoricVariableUpdate update ? update.getValue()
					: ((HistoricFormField) detail).getFieldValue());
		}
		catch (RuntimeException unreadable) {
			return "(" + (detail instanceof HistoricVariableUpdate update ? update.getTypeName() : "value") + ")";
		}
	}

	static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		return value.toString();
	}

	private static String activityKind(String type) {
		if (type == null) {
			return "ACTIVITY";
		}
		for (String[] kind : new String[][] { { "Escalation", "ESCALATION" }, { "Message", "MESSAGE" },
				{ "Signal", "SIGNAL" }, { "Timer", "TIMER" }, { "Error", "ERROR" }, { "Compensat", "COMPENSATION" } }) {
			if (type.contains(kind[0])) {
				return kind[1];
			}
		}
		return "callActivity".equals(type) ? "CALL_ACTIVITY" : "ACTIVITY";
	}

	private static String label(HistoricActivityInstance activity) {
		String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
		return switch (activityKind(activity.getActivityType())) {
			case "ESCALATION" -> "升级：" + name;
			case "MESSAGE" -> "消息：" + name;
			case "SIGNAL" -> "信号：" + name;
			case "TIMER" -> "定时：" + name;
			case "ERROR" -> "错误：" + name;
			case "CALL_ACTIVITY" -> "调用子流程：" + name;
			default -> name;
		};
	}

	private static String name(HistoricProcessInstance instance) {
		return instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
				: instance.getProcessDefinitionName();
	}

	static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	private static TimelineEvent.Draft draft(Date at, String chainKey, String kind, String label, String user,
			String summary, String pi, String activityId, String activityName, Map<String, Object> data) {
		return new TimelineEvent.Draft(instant(at), chainKey, kind, label, user, summary, pi, activityId, activityName,
				data);
	}

}
