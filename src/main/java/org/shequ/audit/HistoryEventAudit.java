package org.shequ.audit;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Every engine history event (activities, tasks, variables, form values, identity links, decisions,
 * jobs, incidents, the user operation log) is chained as the engine's own database handler writes it,
 * in the same command and transaction.
 */
class HistoryEventAudit implements HistoryEventHandler {

	private final ObjectProvider<AuditTrail> trail;

	HistoryEventAudit(ObjectProvider<AuditTrail> trail) {
		this.trail = trail;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		trail.getObject().record(HistoryEventContent.of(event));
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

}
