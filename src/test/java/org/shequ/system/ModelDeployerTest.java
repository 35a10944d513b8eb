package org.shequ.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;

@ShequTest
class ModelDeployerTest {

	@Autowired
	ModelDeployer deployer;

	@Autowired
	RepositoryService repository;

	@Test
	void redeployingUnchangedFilesCreatesNoNewVersions() throws Exception {
		long deployments = repository.createDeploymentQuery().count();
		long definitions = repository.createProcessDefinitionQuery().count();
		long decisions = repository.createDecisionDefinitionQuery().count();

		deployer.run(null);
		deployer.run(null);

		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
		assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
	}

	@Test
	void eachProcessIsDeployedWithTheFormsItReferencesUnderStableNames() {
		ProcessDefinition intake = repository.createProcessDefinitionQuery()
			.processDefinitionKey("complaint-intake")
			.latestVersion()
			.singleResult();
		List<String> resources = repository.getDeploymentResources(intake.getDeploymentId())
			.stream()
			.map(Resource::getName)
			.toList();

		assertThat(resources).containsExactlyInAnyOrder("processes/complaint-intake.bpmn",
				"forms/complaint-intake-callback.form", "forms/complaint-intake-review.form",
				"forms/complaint-intake-supervise.form");
		assertThat(intake.getHistoryTimeToLive()).isEqualTo(3650);
		assertThat(intake.isStartableInTasklist()).isFalse();
	}

}
