package org.shequ.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes that task completion and the caseworkers' task lists need to the engine's tables,
 * on H2 and PostgreSQL alike. It runs as an engine plugin once the engine is built, because only then
 * are the engine's tables certain to exist: the engine creates them itself
 * ({@code camunda.bpm.database.schema-update}), and nothing orders that before or after Flyway.
 */
@Component
class TaskIndexes extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(TaskIndexes.class);

	static final String SCRIPT = "/db/engine/task-indexes.sql";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
		for (String statement : statements()) {
			create(dataSource, statement);
		}
	}

	static List<String> statements() {
		try (InputStream in = TaskIndexes.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException(SCRIPT + " is missing");
			}
			String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
			return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Two nodes starting together may both create an index; PostgreSQL can then refuse the second
	 * even with "if not exists". The other node's index is as good, so that failure is only logged.
	 */
	private static void create(DataSource dataSource, String statement) {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			connection.setAutoCommit(true);
			sql.execute(statement);
		}
		catch (SQLException e) {
			log.warn("could not run '{}' (another node may have created it at the same moment): {}", statement,
					e.getMessage());
		}
	}

}
