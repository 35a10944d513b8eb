package org.shequ.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History is kept in full for the configured number of years (10 by default, 3650 days) on every
 * deployed model, whichever way it was deployed, and the cleanup that removes it afterwards runs in
 * the night window.
 */
@ShequTest
class RetentionTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Autowired
	AuditProperties properties;

	@Test
	void everyDeployedProcessAndDecisionKeepsItsHistoryForTheConfiguredYears() {
		assertThat(properties.retentionYears()).isEqualTo(10);
		assertThat(properties.retentionDays()).isEqualTo(3650);
		List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().list();
		List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().list();
		assertThat(processes).extracting(ProcessDefinition::getKey).contains("complaint-intake", "general-handling");
		assertThat(decisions).extracting(DecisionDefinition::getKey).contains("case-triage");
		assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getId()).isEqualTo(3650));
		assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getId()).isEqualTo(3650));
	}

	@Test
	void everyModelFileCarriesATimeToLiveForCamundaModeler() throws IOException {
		try (Stream<Path> files = Files.list(Paths.get("processes"))) {
			for (Path file : files.toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					if (file.toString().endsWith(".bpmn")) {
						BpmnModelInstance model = Bpmn.readModelFromStream(in);
						model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
							.forEach(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).as(file + " " + p.getId())
								.isEqualTo("3650"));
					}
					else if (file.toString().endsWith(".dmn")) {
						Dmn.readModelFromStream(in)
							.getModelElementsByType(Decision.class)
							.forEach(d -> assertThat(d.getCamundaHistoryTimeToLiveString()).as(file + " " + d.getId())
								.isEqualTo("3650"));
					}
				}
			}
		}
	}

	@Test
	void aModelDeployedWithAnotherOrNoTimeToLiveGetsTheConfiguredOne() {
		BpmnModelInstance shortLived = Bpmn.createExecutableProcess("retention-probe")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.endEvent()
			.done();
		Deployment deployment = repository.createDeployment()
			.name("retention-probe")
			.addModelInstance("retention-probe.bpmn", shortLived)
			.deploy();
		try {
			assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult()
				.getHistoryTimeToLive()).isEqualTo(3650);
		}
		finally {
			repository.deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void historyIsFullAndCleanedUpByRemovalTimeInTheNightWindow() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
		assertThat(configuration.isRestrictUserOperationLogToAuthenticatedUsers()).isTrue();
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(configuration.getHistoryTimeToLive()).isEqualTo("3650");
		assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
	}

}
