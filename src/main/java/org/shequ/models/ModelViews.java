package org.shequ.models;

import java.time.OffsetDateTime;
import java.util.List;

/** What GET /api/models and POST /api/models/{key}/migrations answer. */
final class ModelViews {

	private ModelViews() {
	}

	record Catalog(List<Model> processes, List<Model> decisions) {
	}

	/** A process or decision key with every version deployed, oldest first. */
	record Model(String key, String name, int latestVersion, List<Version> versions) {
	}

	/**
	 * One version: where it came from (deployment, source such as "Camunda Modeler" or "shequ-startup"),
	 * who deployed it and when, its files, and how much it is used: running process instances (cases and
	 * their tracks) for a process, evaluations for a decision.
	 */
	record Version(int version, String id, boolean latest, String deploymentId, String deploymentName,
			String source, OffsetDateTime deployedAt, String deployedBy, List<String> resources,
			Long runningInstances, Long evaluations) {
	}

	record VersionRef(int version, String id) {
	}

	record Migration(String key, VersionRef from, VersionRef to, boolean dryRun, List<String> planProblems,
			List<MigratedInstance> instances, int canMigrate, int cannotMigrate, int migrated) {
	}

	/** One running instance: where it waits, and whether it can move (and, for a real run, whether it did). */
	record MigratedInstance(String processInstanceId, String businessKey, String community, List<String> waitingAt,
			boolean canMigrate, boolean migrated, List<String> problems) {
	}

}
