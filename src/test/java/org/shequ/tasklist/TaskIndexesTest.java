package org.shequ.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The indexes of db/engine/task-indexes.sql exist on the engine's tables once the app has started. */
@ShequTest
class TaskIndexesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEngineTablesCarryShequsIndexes() {
		List<String> indexes = jdbc.queryForList(
				"select index_name from information_schema.indexes where table_name in ('ACT_RU_TASK', 'ACT_RU_IDENTITYLINK')",
				String.class);

		assertThat(indexes).contains("SHEQU_IDX_TASK_PARENT", "SHEQU_IDX_TASK_ASSIGNEE_CREATED",
				"SHEQU_IDX_IDENTLINK_GROUP_TASK", "SHEQU_IDX_IDENTLINK_USER_TASK");
	}

	@Test
	void everyStatementOfTheScriptIsAnIdempotentCreateIndex() {
		assertThat(TaskIndexes.statements()).hasSize(4)
			.allSatisfy(statement -> assertThat(statement).startsWith("create index if not exists SHEQU_IDX_"));
	}

}
