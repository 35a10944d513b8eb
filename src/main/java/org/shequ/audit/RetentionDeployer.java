package org.shequ.audit;

import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Gives every newly deployed process and decision the configured history time-to-live, whatever its
 * file says and however it was deployed (at start, from Camunda Modeler, over the REST API).
 */
class RetentionDeployer implements Deployer {

	private final int days;

	RetentionDeployer(int days) {
		this.days = days;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		if (deployment.getDeployedArtifacts(ProcessDefinitionEntity.class) != null) {
			deployment.getDeployedArtifacts(ProcessDefinitionEntity.class).forEach(d -> d.setHistoryTimeToLive(days));
		}
		if (deployment.getDeployedArtifacts(DecisionDefinitionEntity.class) != null) {
			deployment.getDeployedArtifacts(DecisionDefinitionEntity.class).forEach(d -> d.setHistoryTimeToLive(days));
		}
	}

}
