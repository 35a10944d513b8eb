package org.shequ.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;

/**
 * An engine history event as an audit event: its kind ({@code camunda:<type>:<event type>}), the
 * history table it goes to with its id, and its values; a decision evaluation with its inputs and the
 * matched rules' outputs.
 */
final class HistoryEventContent {

	private static final Map<String, String> TABLES = Map.ofEntries(
			Map.entry("HistoricProcessInstance", "ACT_HI_PROCINST"),
			Map.entry("HistoricActivityInstance", "ACT_HI_ACTINST"),
			Map.entry("HistoricTaskInstance", "ACT_HI_TASKINST"),
			Map.entry("HistoricVariableUpdate", "ACT_HI_DETAIL"),
			Map.entry("HistoricFormProperty", "ACT_HI_DETAIL"),
			Map.entry("HistoricIdentityLinkLog", "ACT_HI_IDENTITYLINK"),
			Map.entry("HistoricIncident", "ACT_HI_INCIDENT"),
			Map.entry("HistoricJobLog", "ACT_HI_JOB_LOG"),
			Map.entry("HistoricExternalTaskLog", "ACT_HI_EXT_TASK_LOG"),
			Map.entry("HistoricDecisionEvaluation", "ACT_HI_DECINST"),
			Map.entry("HistoricBatch", "ACT_HI_BATCH"),
			Map.entry("HistoricCaseInstance", "ACT_HI_CASEINST"),
			Map.entry("HistoricCaseActivityInstance", "ACT_HI_CASEACTINST"),
			Map.entry("UserOperationLogEntry", "ACT_HI_OP_LOG"));

	private HistoryEventContent() {
	}

	static AuditEvent of(HistoryEvent event) {
		String type = typeName(event.getClass());
		Map<String, Object> data = SimpleProperties.of(event);
		String id = event.getId();
		if (event instanceof HistoricFormPropertyEventEntity field && field.getPropertyValue() != null) {
			// typed as Object, so not among the plain values: a submitted form value, kept as text
			data.put("propertyValue", String.valueOf(field.getPropertyValue()));
		}
		if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
			HistoricDecisionInstanceEntity root = evaluation.getRootHistoricDecisionInstance();
			data.put("decision", decision(root));
			if (evaluation.getRequiredHistoricDecisionInstances() != null) {
				data.put("requiredDecisions",
						evaluation.getRequiredHistoricDecisionInstances().stream().map(HistoryEventContent::decision).toList());
			}
			id = root.getId();
		}
		return new AuditEvent("camunda:" + type + ":" + what(event), TABLES.getOrDefault(type, "camunda"), id, data);
	}

	private static String what(HistoryEvent event) {
		if (event instanceof UserOperationLogEntryEventEntity operation) {
			return operation.getOperationType();
		}
		if (event instanceof HistoricJobLogEvent job) {
			return job.isCreationLog() ? "created" : job.isFailureLog() ? "failed" : job.isSuccessLog() ? "succeeded"
					: job.isDeletionLog() ? "deleted" : "logged";
		}
		return event.getEventType() == null ? "recorded" : event.getEventType();
	}

	private static Map<String, Object> decision(HistoricDecisionInstanceEntity instance) {
		Map<String, Object> decision = new TreeMap<>(SimpleProperties.of(instance));
		List<HistoricDecisionInputInstance> inputs = instance.getInputs();
		List<HistoricDecisionOutputInstance> outputs = instance.getOutputs();
		decision.put("inputs", inputs.stream().map(SimpleProperties::of).toList());
		decision.put("outputs", outputs.stream().map(SimpleProperties::of).toList());
		return decision;
	}

	static String typeName(Class<?> type) {
		String name = type.getSimpleName();
		for (String suffix : List.of("EventEntity", "Entity", "Event")) {
			if (name.endsWith(suffix)) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

}
