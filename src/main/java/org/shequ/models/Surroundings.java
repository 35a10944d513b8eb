package org.shequ.models;

import java.util.List;
import java.util.Optional;

/** What is deployed already, for the checks that look beyond the files of one deployment. */
public interface Surroundings {

	boolean processDeployed(String key);

	/** The file of the latest deployed version of this decision. */
	Optional<ModelFile> deployedDecision(String key);

	/** The file of the latest deployed version of this Camunda Form (by its id). */
	Optional<ModelFile> deployedForm(String formId);

	/**
	 * Deployed process files that evaluate this decision and still run: the latest version of each
	 * process and every older version with running instances.
	 */
	List<DeployedProcess> deployedProcessesUsing(String decisionKey);

	record DeployedProcess(String key, int version, ModelFile file) {
	}

	/** Nothing deployed: the folders {@code processes/} and {@code forms/} checked as a whole. */
	static Surroundings nothing() {
		return new Surroundings() {

			@Override
			public boolean processDeployed(String key) {
				return false;
			}

			@Override
			public Optional<ModelFile> deployedDecision(String key) {
				return Optional.empty();
			}

			@Override
			public Optional<ModelFile> deployedForm(String formId) {
				return Optional.empty();
			}

			@Override
			public List<DeployedProcess> deployedProcessesUsing(String decisionKey) {
				return List.of();
			}

		};
	}

}
