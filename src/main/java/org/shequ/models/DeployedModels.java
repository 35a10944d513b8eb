package org.shequ.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What the engine has deployed, read inside the deploying command (its authorization checks are off
 * while deployers run, so the gate sees everything whoever deploys).
 */
final class DeployedModels implements Surroundings {

	private final CommandContext command;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	DeployedModels(CommandContext command, ProcessEngineConfigurationImpl configuration) {
		this.command = command;
		this.repository = configuration.getRepositoryService();
		this.runtime = configuration.getRuntimeService();
	}

	@Override
	public boolean processDeployed(String key) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
	}

	@Override
	public Optional<ModelFile> deployedDecision(String key) {
		DecisionDefinition latest = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult();
		return latest == null ? Optional.empty() : Optional.of(resource(latest.getDeploymentId(), latest.getResourceName()));
	}

	@Override
	public Optional<ModelFile> deployedForm(String formId) {
		return latestForm(formId).map(form -> resource(form.getDeploymentId(), form.getResourceName()));
	}

	Optional<CamundaFormDefinitionEntity> latestForm(String formId) {
		return Optional.ofNullable(command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId));
	}

	@Override
	public List<DeployedProcess> deployedProcessesUsing(String decisionKey) {
		Map<String, Integer> latest = new HashMap<>();
		List<ProcessDefinition> all = repository.createProcessDefinitionQuery().list();
		all.forEach(d -> latest.merge(d.getKey(), d.getVersion(), Math::max));
		Map<String, ModelFile> files = new HashMap<>();
		List<DeployedProcess> using = new ArrayList<>();
		String reference = "\"" + decisionKey + "\"";
		for (ProcessDefinition definition : all) {
			boolean current = latest.get(definition.getKey()) == definition.getVersion();
			if (!current && runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() == 0) {
				continue;
			}
			ModelFile file = files.computeIfAbsent(definition.getDeploymentId() + "/" + definition.getResourceName(),
					k -> resource(definition.getDeploymentId(), definition.getResourceName()));
			if (file.text().contains(reference)) {
				using.add(new DeployedProcess(definition.getKey(), definition.getVersion(), file));
			}
		}
		return using;
	}

	ModelFile resource(String deploymentId, String name) {
		try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
			return new ModelFile(name, in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
