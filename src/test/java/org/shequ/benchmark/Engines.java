package org.shequ.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Plain Camunda engines inside the benchmark's JVM: no Spring, no Shequ, history FULL, UUID ids as
 * the Spring Boot starter uses. One measures the bare engine's rate; another seeds open tasks in
 * the database of a running Shequ, through the engine, so they are the engine's own rows.
 */
final class Engines {

	private Engines() {
	}

	/** An engine that creates its own tables, authorization off, as Camunda ships it. */
	static ProcessEngine bare(String name, String jdbcUrl, String user) {
		return configuration(name, jdbcUrl, user).setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.buildProcessEngine();
	}

	/**
	 * An engine on the tables a Shequ node has created, with authorization on as Shequ has it, so that
	 * every task it creates gets the same authorizations a Shequ task gets for its candidates.
	 */
	static ProcessEngine onShequsDatabase(String name, String jdbcUrl, String user) {
		StandaloneProcessEngineConfiguration configuration = configuration(name, jdbcUrl, user);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
		configuration.setAuthorizationEnabled(true);
		configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
		return configuration.buildProcessEngine();
	}

	private static StandaloneProcessEngineConfiguration configuration(String name, String jdbcUrl, String user) {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName(name);
		configuration.setJdbcUrl(jdbcUrl);
		configuration.setJdbcUsername(user);
		configuration.setJdbcPassword("");
		configuration.setJdbcDriver(jdbcUrl.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
		configuration.setJdbcMaxActiveConnections(20);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setJobExecutorActivate(false);
		configuration.setMetricsEnabled(false);
		return configuration;
	}

}
