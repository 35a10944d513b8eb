package org.shequ.models;

import java.util.List;

/**
 * POST /api/models/{key}/migrations: move running instances of version {@code fromVersion} to
 * {@code toVersion} (default: the latest). {@code dryRun} (default true) only reports which can move
 * and why the others cannot; {@code processInstanceIds} limits the run to those instances.
 */
record MigrationRequest(Integer fromVersion, Integer toVersion, Boolean dryRun, List<String> processInstanceIds) {

	boolean isDryRun() {
		return dryRun == null || dryRun;
	}

}
