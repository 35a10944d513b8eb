package org.shequ.models;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DeploymentGate} in front of the engine's own deployers, and keeps a deployer from
 * deleting what they deployed: the engine would otherwise grant DELETE on it, and deleting a
 * deployment with cascade deletes its running cases.
 */
@Component
class DeploymentGatePlugin extends AbstractProcessEnginePlugin {

	private final DeploymentGate gate;

	DeploymentGatePlugin(ObjectProvider<ModelChecker> checker, ObjectProvider<BeanCatalog> beans,
			ObjectProvider<ModelDeploymentRepository> records) {
		this.gate = new DeploymentGate(checker, beans, records);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreDeployers());
		deployers.add(0, gate);
		configuration.setCustomPreDeployers(deployers);
		configuration.setResourceAuthorizationProvider(new DeployersMayOnlyRead());
	}

	static class DeployersMayOnlyRead extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newDeployment(Deployment deployment) {
			AuthorizationEntity[] granted = super.newDeployment(deployment);
			if (granted != null) {
				for (AuthorizationEntity authorization : granted) {
					authorization.removePermission(Permissions.DELETE);
				}
			}
			return granted;
		}

	}

}
