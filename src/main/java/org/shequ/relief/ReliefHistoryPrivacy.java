package org.shequ.relief;

import java.util.Set;

import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.engine.delegate.DelegateCaseExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.DefaultDmnHistoryEventProducer;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps household income and medical facts out of the engine's history, which auditors read in
 * Cockpit: the values of the relief forms' sensitive fields, the {@code reliefDetails} shown in forms,
 * and the inputs of relief-eligibility.dmn are recorded as "（已隐去）". That a value was set, by whom and
 * when stays in history; the values themselves are in Shequ's relief tables, which only the case's
 * community staff and the relief approvers read (with the decision version that judged them). The
 * events are masked where they are made (the engine's own producers, extended), so every history handler
 * gets the same masked event.
 */
@Component
class ReliefHistoryPrivacy extends AbstractProcessEnginePlugin {

	static final String MASK = "（已隐去）";

	static final Set<String> SENSITIVE_VARIABLES = Set.of("householdMembers", "housing", "vehicle", "savings",
			"hardship", "hardshipNote", "documentsReceived", "surveyFindings", "surveyConfirms", ReliefDetails.VARIABLE);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventProducer(new MaskingProducer());
		configuration.setDmnHistoryEventProducer(new MaskingDmnProducer());
	}

	static HistoryEvent mask(HistoryEvent event) {
		if (event instanceof HistoricVariableUpdateEventEntity variable
				&& SENSITIVE_VARIABLES.contains(variable.getVariableName())) {
			variable.setSerializerName("string");
			variable.setTextValue(MASK);
			variable.setTextValue2(null);
			variable.setLongValue(null);
			variable.setDoubleValue(null);
			variable.setByteValue(null);
		}
		else if (event instanceof HistoricFormPropertyEventEntity property
				&& SENSITIVE_VARIABLES.contains(property.getPropertyId())) {
			property.setPropertyValue(MASK);
		}
		else if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
			maskInputs(evaluation.getRootHistoricDecisionInstance());
			if (evaluation.getRequiredHistoricDecisionInstances() != null) {
				evaluation.getRequiredHistoricDecisionInstances().forEach(ReliefHistoryPrivacy::maskInputs);
			}
		}
		return event;
	}

	private static void maskInputs(HistoricDecisionInstanceEntity decision) {
		if (decision == null || !EvaluateEligibility.DECISION.equals(decision.getDecisionDefinitionKey())
				|| decision.getInputs() == null) {
			return;
		}
		for (HistoricDecisionInputInstance input : decision.getInputs()) {
			if (input instanceof HistoricDecisionInputInstanceEntity entity) {
				entity.setSerializerName("string");
				entity.setTextValue(MASK);
				entity.setTextValue2(null);
				entity.setLongValue(null);
				entity.setDoubleValue(null);
			}
		}
	}

	static class MaskingProducer extends CacheAwareHistoryEventProducer {

		@Override
		public HistoryEvent createHistoricVariableCreateEvt(VariableInstanceEntity variable, VariableScope scope) {
			return mask(super.createHistoricVariableCreateEvt(variable, scope));
		}

		@Override
		public HistoryEvent createHistoricVariableUpdateEvt(VariableInstanceEntity variable, VariableScope scope) {
			return mask(super.createHistoricVariableUpdateEvt(variable, scope));
		}

		@Override
		public HistoryEvent createHistoricVariableDeleteEvt(VariableInstanceEntity variable, VariableScope scope) {
			return mask(super.createHistoricVariableDeleteEvt(variable, scope));
		}

		@Override
		public HistoryEvent createHistoricVariableMigrateEvt(VariableInstanceEntity variable) {
			return mask(super.createHistoricVariableMigrateEvt(variable));
		}

		@Override
		public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
				String propertyValue, String taskId) {
			return mask(super.createFormPropertyUpdateEvt(execution, propertyId, propertyValue, taskId));
		}

	}

	static class MaskingDmnProducer extends DefaultDmnHistoryEventProducer {

		@Override
		public HistoryEvent createDecisionEvaluatedEvt(DelegateExecution execution, DmnDecisionEvaluationEvent event) {
			return mask(super.createDecisionEvaluatedEvt(execution, event));
		}

		@Override
		public HistoryEvent createDecisionEvaluatedEvt(DelegateCaseExecution execution,
				DmnDecisionEvaluationEvent event) {
			return mask(super.createDecisionEvaluatedEvt(execution, event));
		}

		@Override
		public HistoryEvent createDecisionEvaluatedEvt(DmnDecisionEvaluationEvent event) {
			return mask(super.createDecisionEvaluatedEvt(event));
		}

	}

}
