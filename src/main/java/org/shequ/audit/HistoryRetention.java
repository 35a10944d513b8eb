package org.shequ.audit;

import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the models are deployed, brings every earlier version to the configured retention too, so
 * that changing {@code shequ.audit.retention-years} applies to cases already finished.
 */
@Component
@Order(1)
class HistoryRetention implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

	private final RepositoryService repository;

	private final AuditProperties properties;

	HistoryRetention(RepositoryService repository, AuditProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		int days = properties.retentionDays();
		int changed = 0;
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
			if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
				repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
				changed++;
			}
		}
		for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
			if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
				repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
				changed++;
			}
		}
		if (changed > 0) {
			log.info("history time-to-live set to {} days ({} years) on {} earlier definitions", days,
					properties.retentionYears(), changed);
		}
	}

}
