package org.shequ.relief;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps household income and medical facts out of the engine's history, which auditors and Cockpit
 * read: the values of the relief forms' sensitive fields, the {@code reliefDetails} shown in forms,
 * and the inputs of relief-eligibility.dmn are written as "（已隐去）". That a value was set, by whom and
 * when stays in history; the values themselves are in Shequ's relief tables, which only the case's
 * community staff and the relief approvers read (with the decision version that judged them).
 */
@Component
class ReliefHistoryPrivacy extends AbstractProcessEnginePlugin {

	static final String MASK = "（已隐去）";

	static final Set<String> SENSITIVE_VARIABLES = Set.of("householdMembers", "housing", "vehicle", "savings",
			"hardship", "hardshipNote", "documentsReceived", "surveyFindings", "surveyConfirms", ReliefDetails.VARIABLE);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryEventHandlers());
		handlers.add(new Masking(new DbHistoryEventHandler()));
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(false);
	}

	static void mask(HistoryEvent event) {
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
			mask(evaluation.getRootHistoricDecisionInstance());
			if (evaluation.getRequiredHistoricDecisionInstances() != null) {
				evaluation.getRequiredHistoricDecisionInstances().forEach(ReliefHistoryPrivacy::mask);
			}
		}
	}

	private static void mask(HistoricDecisionInstanceEntity decision) {
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

	private record Masking(HistoryEventHandler next) implements HistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			mask(event);
			next.handleEvent(event);
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			events.forEach(ReliefHistoryPrivacy::mask);
			next.handleEvents(events);
		}

	}

}
