package org.shequ.models;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One accepted deployment: who deployed it, when, from where, and the forms the gate added to it. */
@Entity
@Table(name = "model_deployment")
class ModelDeployment {

	@Id
	@Column(name = "deployment_id")
	private String deploymentId;

	private String name;

	private String source;

	@Column(name = "deployed_by")
	private String deployedBy;

	@Column(name = "deployed_at")
	private Instant deployedAt;

	private String resources;

	@Column(name = "attached_forms")
	private String attachedForms;

	protected ModelDeployment() {
	}

	ModelDeployment(String deploymentId, String name, String source, String deployedBy, Instant deployedAt,
			String resources, String attachedForms) {
		this.deploymentId = deploymentId;
		this.name = name;
		this.source = source;
		this.deployedBy = deployedBy;
		this.deployedAt = deployedAt;
		this.resources = resources;
		this.attachedForms = attachedForms;
	}

	String getDeploymentId() {
		return deploymentId;
	}

	String getDeployedBy() {
		return deployedBy;
	}

}
