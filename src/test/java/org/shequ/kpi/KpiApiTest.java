package org.shequ.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;

import com.fasterxml.jackson.databind.JsonNode;

/** The KPI endpoints over HTTP: who may read what, bad parameters, and the CSV export. */
@ShequTest
class KpiApiTest extends HandMadeKpiTest {

	static final String QUARTER = "from=2024-01-01&to=2024-04-01";

	@Test
	void aSecretaryReadsTheirOwnCommunityOnly() {
		assertThat(api.get("/api/kpi?community=mozijing&" + QUARTER, "mzjsup").status()).isEqualTo(200);
		JsonNode own = api.get("/api/kpi?" + QUARTER, "mzjsup").json();
		assertThat(own.get("scope").get("communities")).extracting(JsonNode::asText).containsExactly("mozijing");
		assertThat(own.get("total").get("received").asInt()).isEqualTo(7);

		for (String path : List.of("/api/kpi?community=hongheba", "/api/kpi?grid=hhb-1", "/api/kpi/export?community=jiefangqiao",
				"/api/kpi/at-risk?community=hongheba")) {
			Api.Response refused = api.get(path, "mzjsup");
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		JsonNode other = api.get("/api/kpi?" + QUARTER, "hhbsup").json();
		assertThat(other.get("total").get("received").asInt()).as("Hongheba had no cases in 2024").isZero();
	}

	@Test
	void auditorsAndTheAdministratorReadEveryCommunity() {
		for (String user : List.of("auditor", "admin")) {
			JsonNode all = api.get("/api/kpi?" + QUARTER, user).json();
			assertThat(all.get("scope").get("communities")).as(user).isEmpty();
			assertThat(all.get("total").get("received").asInt()).as(user).isEqualTo(7);
			assertThat(api.get("/api/kpi?community=hongheba", user).status()).as(user).isEqualTo(200);
			assertThat(api.get("/api/kpi/at-risk", user).status()).as(user).isEqualTo(200);
		}
	}

	@Test
	void caseworkersPartnersAndAnonymousCallersAreRefused() {
		for (String user : List.of("mzjgrid1", "jfqgrid2", "streetoffice", "civilaffairs", "volunteer1")) {
			for (String path : List.of("/api/kpi", "/api/kpi/export", "/api/kpi/at-risk")) {
				assertThat(api.get(path + "?community=mozijing", user).status()).as(user + " " + path).isEqualTo(403);
			}
		}
		assertThat(api.get("/api/kpi", null).status()).isEqualTo(401);
	}

	@Test
	void theDashboardPageIsForSecretariesAuditorsAndTheAdministrator() {
		for (String user : List.of("mzjsup", "hhbsup", "auditor", "admin")) {
			assertThat(api.get("/dashboard/", user).status()).as(user).isEqualTo(200);
			assertThat(api.get("/webjars/echarts/5.3.1/dist/echarts.min.js", user).status()).as(user).isEqualTo(200);
		}
		for (String user : List.of("mzjgrid1", "streetoffice", "volunteer1")) {
			assertThat(api.get("/dashboard/", user).status()).as(user).isEqualTo(403);
		}
		Api.Response anonymous = api.get("/dashboard/", null);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).endsWith("/login/?next=%2Fdashboard%2F");
		assertThat(api.get("/webjars/echarts/5.3.1/dist/echarts.min.js", null).status()).isEqualTo(302);
		assertThat(api.get("/login/", null).status()).isEqualTo(200);
		assertThat(api.send(api.request("/dashboard/", "mzjsup").POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
			.status()).as("the page only reads").isEqualTo(405);
	}

	@Test
	void badParametersAreNamed() {
		Map<String, String> cases = Map.of("groupBy=year", "groupBy", "from=2024-13-01", "from", "to=yesterday", "to",
				"from=2024-03-01&to=2024-02-01", "to", "from=2020-01-01&to=2024-01-01", "from", "community=atlantis",
				"community", "grid=nowhere", "grid", "community=mozijing&grid=hhb-1", "grid", "worker=a%20b", "worker",
				"comunity=mozijing", "comunity");
		cases.forEach((query, field) -> {
			Api.Response response = api.get("/api/kpi?" + query, "admin");
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
			assertThat(response.json().get("errors")).as(query).extracting(e -> e.get("field").asText()).contains(field);
		});
		Api.Response twice = api.get("/api/kpi/export?community=mozijing&community=hongheba", "admin");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().get("errors").get(0).get("field").asText()).isEqualTo("community");
	}

	@Test
	void theExportIsCsvForExcelWithChineseHeaders() {
		Api.Response csv = api.get("/api/kpi/export?community=mozijing&" + QUARTER, "mzjsup");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
		byte[] bytes = csv.body().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = csv.body().substring(1).lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).startsWith("分组,受理数,办结数,结案数,重办数,重办率(%),回访接通数,办结未回访数,响应率(%),解决率(%),满意率(%),"
				+ "按时响应率(%),按时办结率(%),响应时长中位数(小时),响应时长P90(小时),办结时长中位数(天),办结时长P90(天),"
				+ "办结时长中位数(工作日),办结时长P90(工作日),已超时未办结,24小时内到期");
		assertThat(lines.get(1)).isEqualTo("2024年1月,3,3,2,1,33.3,3,1,100,66.7,66.7,66.7,66.7,2,7.6,2,4.4,,,0,0");
		assertThat(lines.get(2)).isEqualTo("2024年2月,1,1,1,0,0,1,0,0,100,100,100,100,24,24,,,11,11,0,0");
		assertThat(lines.get(3)).isEqualTo("2024年3月,3,0,0,0,,0,0,,,,50,0,1,1,,,,,2,1");
		assertThat(lines.get(4)).isEqualTo("合计,7,4,3,1,25,4,1,75,75,75,66.7,60,2,18,2,4.4,11,11,2,1");
	}

	@Test
	void theAtRiskListLinksEachCaseWithAProcessToItsTask() {
		ClockUtil.reset();
		TestCases.setClock(java.time.LocalDateTime.of(2026, 12, 2, 10, 0));
		Api.Response filed = api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody()));
		assertThat(filed.status()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();
		TestCases.setClock(java.time.LocalDateTime.of(2026, 12, 3, 9, 0));

		JsonNode atRisk = api.get("/api/kpi/at-risk?community=jiefangqiao", "jfqsup").json();
		JsonNode mine = null;
		for (JsonNode c : atRisk) {
			if (c.get("trackingNumber").asText().equals(tn)) {
				mine = c;
			}
		}
		assertThat(mine).as("the new case, due for a response at 10:00 on 3 December").isNotNull();
		assertThat(mine.get("deadlineKind").asText()).isEqualTo("响应");
		assertThat(mine.get("overdue").asBoolean()).isFalse();
		assertThat(mine.get("taskId").asText()).isNotBlank();
		assertThat(mine.get("deadline").asText()).startsWith("2026-12-03T10:00");
	}

}
