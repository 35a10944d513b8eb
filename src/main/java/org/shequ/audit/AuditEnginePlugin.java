package org.shequ.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine side of auditing: history events and comments go to the hash chain beside the engine's
 * own history tables, and every deployed model gets the configured history time-to-live.
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<AuditTrail> trail;

	private final AuditProperties properties;

	AuditEnginePlugin(ObjectProvider<AuditTrail> trail, AuditProperties properties) {
		this.trail = trail;
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// The engine's own handler first, so that the chained events carry the ids of the rows it wrote.
		List<HistoryEventHandler> handlers = new ArrayList<>();
		handlers.add(new DbHistoryEventHandler());
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new HistoryEventAudit(trail));
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		configuration.setCustomHistoryEventHandlers(handlers);

		List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		sessions.add(AuditedCommentManager.factory(trail::getObject));
		configuration.setCustomSessionFactories(sessions);

		configuration.setHistoryTimeToLive(Integer.toString(properties.retentionDays()));
		List<Deployer> deployers = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostDeployers());
		deployers.add(new RetentionDeployer(properties.retentionDays()));
		configuration.setCustomPostDeployers(deployers);
	}

}
