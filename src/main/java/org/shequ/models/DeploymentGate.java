package org.shequ.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.shequ.intake.CaseRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Runs first in every deployment the engine makes, whatever its route: engine REST (Camunda Modeler),
 * the webapps' API, Java ({@code org.shequ.system.ModelDeployer} on start). It checks the files with
 * {@link ModelChecker} against what is deployed already and refuses the whole deployment with every
 * problem found; an accepted one gets the deployed forms its user tasks bind by deployment and a
 * record of who deployed it. Only new deployments are checked: the engine also "deploys" old ones
 * again into its cache when it needs them, and those were accepted when they were made.
 */
class DeploymentGate implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(DeploymentGate.class);

	private final ObjectProvider<ModelChecker> checker;

	private final ObjectProvider<BeanCatalog> beans;

	private final ObjectProvider<ModelDeploymentRepository> records;

	DeploymentGate(ObjectProvider<ModelChecker> checker, ObjectProvider<BeanCatalog> beans,
			ObjectProvider<ModelDeploymentRepository> records) {
		this.checker = checker;
		this.beans = beans;
		this.records = records;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		CommandContext command = Context.getCommandContext();
		ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
		DeployedModels deployed = new DeployedModels(command, configuration);
		List<ModelFile> files = deployment.getResources()
			.values()
			.stream()
			.map(r -> new ModelFile(r.getName(), r.getBytes()))
			.toList();
		Verdict verdict = checker.getObject().check(files, deployed, beans.getObject());
		if (!verdict.accepted()) {
			log.warn("deployment '{}' ({}) refused by {}: {}", deployment.getName(), deployment.getSource(),
					deployer(command), verdict.problems());
			throw new DeploymentRefusedException(verdict.problems());
		}
		List<String> attached = new ArrayList<>();
		for (String formId : verdict.formsToAttach()) {
			attached.add(attach(command, deployed, deployment, formId));
		}
		records.getObject().save(new ModelDeployment(deployment.getId(), deployment.getName(), deployment.getSource(),
				deployer(command), Optional.ofNullable(deployment.getDeploymentTime()).orElse(ClockUtil.getCurrentTime()).toInstant(),
				String.join(", ", deployment.getResources().keySet()), attached.isEmpty() ? null : String.join(", ", attached)));
	}

	/** Adds the latest deployed version of a form to this deployment, as if it had been sent with it. */
	private static String attach(CommandContext command, DeployedModels deployed, DeploymentEntity deployment,
			String formId) {
		CamundaFormDefinitionEntity form = deployed.latestForm(formId).orElseThrow();
		ModelFile file = deployed.resource(form.getDeploymentId(), form.getResourceName());
		ResourceEntity resource = new ResourceEntity();
		resource.setName(file.name());
		resource.setBytes(file.content());
		resource.setDeploymentId(deployment.getId());
		resource.setType(ResourceTypes.REPOSITORY.getValue());
		resource.setCreateTime(ClockUtil.getCurrentTime());
		resource.setTenantId(deployment.getTenantId());
		command.getResourceManager().insertResource(resource);
		deployment.addResource(resource);
		return file.name();
	}

	private static String deployer(CommandContext command) {
		String user = command.getAuthenticatedUserId();
		return user == null ? CaseRecords.SYSTEM : user;
	}

}
