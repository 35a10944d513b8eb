package org.shequ.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequDemoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The generated year of demo history, in a database of its own: closed, flagged, numbered like real
 * cases, without processes or messages, chained in the audit trail, and enough of a mix that every
 * dashboard figure has something to show.
 */
@ShequDemoTest
class DemoHistoryTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoHistory history;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void aYearOfClosedFlaggedCasesWithoutProcessesOrMessages() {
		Map<String, Object> demo = jdbc.queryForMap("select count(*) as cases, "
				+ "sum(case when status = 'CLOSED' then 1 else 0 end) as closed, "
				+ "sum(case when process_instance_id is null then 1 else 0 end) as without_process, "
				+ "sum(case when description like '【演示数据】%' then 1 else 0 end) as marked "
				+ "from shequ_case where demo = true");
		long cases = ((Number) demo.get("cases")).longValue();
		assertThat(cases).as("about 40 a month in each of 3 communities").isBetween(1000L, 2000L);
		assertThat(((Number) demo.get("closed")).longValue()).isEqualTo(cases);
		assertThat(((Number) demo.get("without_process")).longValue()).isEqualTo(cases);
		assertThat(((Number) demo.get("marked")).longValue()).isEqualTo(cases);
		assertThat(jdbc.queryForObject("select count(*) from resident_notification n join shequ_case c on c.id = n.case_id "
				+ "where c.demo = true", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from shequ_case where demo = false", Long.class))
			.as("the open demo cases of DemoCases, filed through intake").isEqualTo(4);
	}

	@Test
	void numberedDayByDayWithTheCountersOfIntake() {
		List<Map<String, Object>> wrong = jdbc.queryForList("select t.community_code, t.issue_day, t.last_value, "
				+ "(select count(*) from shequ_case c where c.tracking_number like concat(t.community_code, '-', "
				+ "replace(cast(t.issue_day as varchar(10)), '-', ''), '-%')) as numbered from tracking_counter t");
		assertThat(wrong).isNotEmpty();
		assertThat(wrong).allSatisfy(row -> assertThat(((Number) row.get("numbered")).intValue()).as(row.toString())
			.isEqualTo(((Number) row.get("last_value")).intValue()));
	}

	@Test
	void theAuditChainRecordsItAndStillVerifies() {
		JsonNode verified = api.get("/api/audit/verify", "auditor").json();
		assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_chain where kind = 'shequ:shequ_case:insert'",
				Long.class)).isGreaterThan(1000L);
	}

	@Test
	void seededOnceOnly() {
		long before = jdbc.queryForObject("select count(*) from shequ_case", Long.class);
		history.run(null);
		assertThat(jdbc.queryForObject("select count(*) from shequ_case", Long.class)).isEqualTo(before);
	}

	@Test
	void everyDashboardFigureHasSomethingToShow() {
		JsonNode months = api.get("/api/kpi?groupBy=month", "admin").json();
		assertThat(months.get("groups")).hasSize(12);
		months.get("groups").forEach(month -> {
			assertThat(month.get("received").asInt()).as(month.get("key").asText()).isPositive();
			assertThat(month.get("satisfactionRate").asDouble()).as(month.get("key").asText()).isBetween(0.6, 0.99);
		});
		JsonNode total = months.get("total");
		assertThat(total.get("responseRate").asDouble()).isBetween(0.85, 0.995);
		assertThat(total.get("resolutionRate").asDouble()).isBetween(0.75, 0.99);
		assertThat(total.get("onTimeResponseRate").asDouble()).isBetween(0.8, 0.99);
		assertThat(total.get("onTimeResolutionRate").asDouble()).isBetween(0.75, 0.99);
		assertThat(total.get("reopened").asInt()).isPositive();
		assertThat(total.get("resolvedWithoutCallback").asInt()).as("residents never reached").isPositive();
		assertThat(total.get("responseHours").get("median").asDouble()).isPositive();
		assertThat(total.get("resolutionDays").get("p90").asDouble()).isPositive();
		assertThat(total.get("resolutionWorkingDays").get("median").asDouble()).as("relief cases").isPositive();

		JsonNode workers = api.get("/api/kpi?groupBy=worker&community=mozijing", "mzjsup").json();
		assertThat(workers.get("groups")).extracting(g -> g.get("label").asText()).contains("吴国平", "郑晓梅");
		JsonNode categories = api.get("/api/kpi?groupBy=category", "auditor").json();
		assertThat(categories.get("groups")).hasSize(6);
	}

}
