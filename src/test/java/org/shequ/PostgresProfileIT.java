package org.shequ;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.PostgresDatabase;
import org.shequ.support.RunningJar;
import org.shequ.support.TestCases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged app with SPRING_PROFILES_ACTIVE=postgres on a fresh database of the local PostgreSQL:
 * it boots, seeds, and takes a case from intake to closure.
 */
class PostgresProfileIT {

	static PostgresDatabase database;

	static RunningJar app;

	@BeforeAll
	static void start() {
		database = PostgresDatabase.createOrSkip("shequ_profile");
		app = RunningJar.start("postgres", Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", database.url()),
				"--camunda.bpm.job-execution.enabled=false");
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void takesACaseFromIntakeToClosureOnPostgres() throws Exception {
		Api api = app.api();
		Api.Response filed = api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody()));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();

		complete(api, tn, "jfqgrid1", "{\"contactMethod\":{\"value\":\"phone\"},\"contactNote\":{\"value\":\"已电话联系\"}}");
		complete(api, tn, "jfqgrid1", "{\"actionsTaken\":{\"value\":\"清理楼道\"},\"outcome\":{\"value\":\"resolved\"},"
				+ "\"outcomeSummary\":{\"value\":\"已清理\"}}");
		complete(api, tn, "jfqgrid2", "{\"residentReached\":{\"value\":\"yes\"},\"contacted\":{\"value\":\"yes\"},"
				+ "\"solved\":{\"value\":\"yes\"},\"satisfaction\":{\"value\":\"satisfied\"}}");

		JsonNode kase = api.get("/api/cases/" + tn, "jfqgrid1").json();
		assertThat(kase.get("status").asText()).isEqualTo("CLOSED");
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select c.status, (select count(*) from act_hi_procinst p where p.business_key_ = c.tracking_number) "
								+ "from shequ_case c where c.tracking_number = '" + tn + "'")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("CLOSED");
			assertThat(rows.getInt(2)).isEqualTo(2);
		}
	}

	/** The KPI SQL (percentiles, period buckets, the at-risk list) on PostgreSQL, against plain counts. */
	@Test
	void answersTheKpisOnPostgres() throws Exception {
		Api api = app.api();
		JsonNode months = api.get("/api/kpi?groupBy=month", "auditor").json();
		assertThat(months.get("groups")).hasSize(12);
		JsonNode total = months.get("total");
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*), count(first_resolved_at), sum(callbacks_reached), "
						+ "sum(callbacks_satisfied), percentile_cont(0.5) within group (order by response_hours) "
						+ "from shequ_case where received_at >= date_trunc('month', now() at time zone 'Asia/Shanghai') "
						+ "at time zone 'Asia/Shanghai' - interval '11 months'")) {
			assertThat(rows.next()).isTrue();
			assertThat(total.get("received").asLong()).isEqualTo(rows.getLong(1));
			assertThat(total.get("resolved").asLong()).isEqualTo(rows.getLong(2));
			assertThat(total.get("callbacksReached").asLong()).isEqualTo(rows.getLong(3));
			assertThat(total.get("satisfactionRate").asDouble())
				.isCloseTo((double) rows.getLong(4) / rows.getLong(3), org.assertj.core.data.Offset.offset(0.0001));
			assertThat(total.get("responseHours").get("median").asDouble())
				.isCloseTo(rows.getDouble(5), org.assertj.core.data.Offset.offset(0.01));
		}
		assertThat(total.get("received").asLong()).as("the generated demo history").isGreaterThan(1000);
		assertThat(total.get("resolutionWorkingDays").get("median").isNull()).isFalse();
		for (String groupBy : new String[] { "week", "grid", "worker", "category" }) {
			Api.Response grouped = api.get("/api/kpi?community=jiefangqiao&groupBy=" + groupBy, "jfqsup");
			assertThat(grouped.status()).as(groupBy + " " + grouped).isEqualTo(200);
		}
		assertThat(api.get("/api/kpi/at-risk", "admin").status()).isEqualTo(200);
		assertThat(api.get("/api/kpi/export?community=jiefangqiao", "jfqsup").body()).startsWith("\uFEFF分组,受理数");
		assertThat(api.get("/api/audit/verify", "auditor").json().get("ok").asBoolean()).as("with the demo history")
			.isTrue();
	}

	private static void complete(Api api, String tn, String user, String variables) {
		JsonNode tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, user).json();
		assertThat(tasks).as("open tasks of " + tn).hasSize(1);
		Api.Response done = api.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", user,
				"{\"variables\":" + variables + "}");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

}
