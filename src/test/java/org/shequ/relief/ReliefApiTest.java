package org.shequ.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.BasicAuthClient;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The relief track over HTTP, as the desk and the Tasklist drive it: filing, the forms submitted to
 * engine-rest the way Tasklist sends them (checklists and the household as JSON variables), the
 * objection desk, who may read the household's facts, and closure after the callback.
 */
@ShequTest
class ReliefApiTest {

	static final String NEW_RELIEF_CASE = """
			{"community":"hongheba","grid":"hhb-1","category":"relief","urgent":false,"channel":"walk-in",
			 "title":"女儿患白血病，申请救助","description":"母亲退休金微薄，女儿住院治疗，家庭难以为继",
			 "reporterName":"周桂兰","reporterPhone":"13800000505","address":"鸿鹤坝化工厂宿舍7栋"}""";

	static final String REGISTRATION = """
			{"variables":{
			 "householdMembers":{"type":"Json","value":"[{\\"name\\":\\"周桂兰\\",\\"relationship\\":\\"self\\",\\"age\\":52,\\"monthlyIncome\\":1100},{\\"name\\":\\"周小雨\\",\\"relationship\\":\\"child\\",\\"age\\":17,\\"monthlyIncome\\":0}]"},
			 "housing":{"value":"one"},
			 "vehicle":{"value":"no"},
			 "savings":{"value":3000},
			 "hardship":{"type":"Json","value":"[\\"seriousIllness\\"]"},
			 "hardshipNote":{"value":"女儿确诊急性白血病，正在化疗"},
			 "programmesAsked":{"type":"Json","value":"[\\"dibao\\"]"},
			 "documentsReceived":{"type":"Json","value":"[\\"idCard\\",\\"householdRegister\\",\\"incomeProof\\",\\"medicalRecords\\"]"},
			 "registrationNote":{"value":"申请人到社区窗口当面申请"}}}""";

	static final String SURVEY = """
			{"variables":{"surveyConfirms":{"value":"yes"},"surveyFindings":{"value":"入户核实：母女二人，收入与申报一致"}}}""";

	@LocalServerPort
	int port;

	@Autowired
	TestCases cases;

	@Autowired
	HistoryService history;

	BasicAuthClient api;

	@BeforeEach
	void init() {
		api = new BasicAuthClient(port);
		TestCases.setClock(LocalDateTime.of(2026, 3, 2, 10, 0));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void reliefCaseRunsFromFilingToClosureOverTheApis() {
		BasicAuthClient.Response filed = api.post("hhbgrid1", "/api/cases", NEW_RELIEF_CASE);
		assertThat(filed.status()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();
		assertThat(filed.json().get("track").asText()).isEqualTo("relief-application");

		assertThat(api.post("hhbgrid2", "/api/cases/" + tn + "/objections", "{\"content\":\"有异议\"}").status())
			.as("no public notice yet").isEqualTo(409);

		BasicAuthClient.Response refused = submit("hhbgrid1", tn, "registerApplication",
				REGISTRATION.replace("\\\"dibao\\\"", "\\\"lottery\\\""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("申请的救助项目");
		assertThat(submit("hhbgrid1", tn, "registerApplication", REGISTRATION).status()).isEqualTo(204);

		JsonNode relief = api.get("hhbgrid1", "/api/cases/" + tn + "/relief").json().get("applications").get(0);
		assertThat(relief.get("perHeadIncome").decimalValue()).isEqualByComparingTo("550");
		assertThat(relief.get("members").get(1).get("name").asText()).isEqualTo("周小雨");
		assertThat(relief.get("hardship").get(0).asText()).isEqualTo("seriousIllness");
		assertThat(relief.get("pursuedProgrammes").get(0).asText()).isEqualTo("dibao");

		assertThat(submit("hhbgrid1", tn, "householdSurvey", SURVEY).status()).isEqualTo(204);
		BasicAuthClient.Response objection = api.post("hhbgrid2", "/api/cases/" + tn + "/objections",
				"{\"content\":\"申请人前夫每月给付抚养费，未申报\",\"objectorName\":\"李某\",\"objectorPhone\":\"13900002222\"}");
		assertThat(objection.status()).isEqualTo(201);
		assertThat(objection.json().get("noticeRound").asInt()).isEqualTo(1);
		assertThat(api.get("hhbgrid1", "/api/cases/" + tn + "/relief").json().at("/applications/0/objections/0/content")
			.asText()).contains("抚养费");

		assertThat(submit("hhbgrid1", tn, "householdSurvey", SURVEY).status()).isEqualTo(204);
		TestCases.moveClock(Duration.ofDays(7).plusMinutes(1));
		cases.runDueJobs(tn);
		String streetForm = api.get("streetoffice", "/engine-rest/task/" + taskId("streetoffice", tn, "streetOfficeReview")
				+ "/form-variables?variableNames=reliefDetails").body();
		assertThat(streetForm).contains("人均 550.00 元").contains("抚养费");
		assertThat(submit("streetoffice", tn, "streetOfficeReview",
				"{\"variables\":{\"streetDecision\":{\"value\":\"pass\"},\"streetOpinion\":{\"value\":\"复查后公示无异议\"}}}")
			.status()).isEqualTo(204);
		assertThat(submit("civilaffairs", tn, "civilAffairsApproval", """
				{"variables":{"dibaoDecision":{"value":"approve"},"monthlyAmount":{"value":250.5},
				 "firstMonth":{"value":"2026-04"},"dibaoReasons":{"value":"符合城市低保条件，按差额发放"}}}""").status())
			.isEqualTo(204);

		JsonNode resolved = api.get("hhbgrid1", "/api/cases/" + tn).json();
		assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.get("outcomeSummary").asText()).contains("每月 250.50 元");
		assertThat(submit("hhbgrid2", tn, "callbackResident", """
				{"variables":{"residentReached":{"value":"yes"},"contacted":{"value":"yes"},"solved":{"value":"yes"},
				 "satisfaction":{"value":"satisfied"},"callbackNote":{"value":"低保已到账"}}}""").status()).isEqualTo(204);
		assertThat(api.get("hhbgrid1", "/api/cases/" + tn).json().get("status").asText()).isEqualTo("CLOSED");
	}

	@Test
	void theAuditChainVerifiesWithHouseholdMembersStored() {
		String tn = api.post("hhbgrid1", "/api/cases", NEW_RELIEF_CASE).json().get("trackingNumber").asText();
		assertThat(submit("hhbgrid1", tn, "registerApplication", REGISTRATION).status()).isEqualTo(204);
		assertThat(api.get("hhbgrid1", "/api/cases/" + tn + "/relief").json().at("/applications/0/members")).hasSize(2);

		BasicAuthClient.Response verified = api.get("auditor", "/api/audit/verify");
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(verified.json().get("ok").asBoolean()).as(verified.body()).isTrue();
	}

	@Test
	void householdFactsAreForTheCommunityStaffAndTheReliefApproversOnly() {
		String tn = registered();
		String path = "/api/cases/" + tn + "/relief";

		for (String allowed : List.of("hhbgrid1", "hhbgrid2", "hhbsup", "streetoffice", "civilaffairs")) {
			assertThat(api.get(allowed, path).status()).as(allowed).isEqualTo(200);
		}
		for (String refused : List.of("jfqgrid1", "mzjsup", "auditor", "volunteer1", "admin")) {
			assertThat(api.get(refused, path).status()).as(refused).isEqualTo(403);
		}
		assertThat(api.get("hhbgrid1", "/api/cases/HHB-20260302-9999/relief").status()).isEqualTo(404);
		assertThat(api.get(null, path).status()).isEqualTo(401);
	}

	@Test
	void noListViewAndNoCaseRecordShowsIncomeOrIllness() {
		String tn = registered();

		for (String view : List.of(api.get("hhbgrid1", "/api/cases?community=hongheba&size=100").body(),
				api.get("auditor", "/api/cases?size=100").body(), api.get("auditor", "/api/cases/" + tn).body(),
				api.get("hhbgrid1", "/api/cases/" + tn).body())) {
			assertThat(view).doesNotContain("周小雨", "化疗", "1100", "550.00");
		}
		String tasks = api.get("hhbgrid1", "/engine-rest/task?processInstanceBusinessKey=" + tn).body();
		assertThat(tasks).doesNotContain("周小雨", "化疗", "550");
	}

	@Test
	void historyKeepsThatTheFormsWereSubmittedButNotTheHouseholdsFacts() {
		String tn = registered();
		String reliefId = cases.openTasks(tn).get(0).getProcessInstanceId();

		List<HistoricDetail> updates = history.createHistoricDetailQuery()
			.processInstanceId(reliefId)
			.variableUpdates()
			.list();
		assertThat(updates).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
			.contains("householdMembers", "hardshipNote", "savings");
		assertThat(updates).filteredOn(d -> ReliefHistoryPrivacy.SENSITIVE_VARIABLES
			.contains(((HistoricVariableUpdate) d).getVariableName()))
			.allSatisfy(d -> assertThat(((HistoricVariableUpdate) d).getValue()).isEqualTo(ReliefHistoryPrivacy.MASK));
		assertThat(updates).filteredOn(d -> "programmesAsked".equals(((HistoricVariableUpdate) d).getVariableName()))
			.isNotEmpty();

		HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey("relief-eligibility")
			.includeInputs()
			.includeOutputs()
			.orderByEvaluationTime()
			.desc()
			.listPage(0, 1)
			.get(0);
		assertThat(decision.getInputs()).isNotEmpty()
			.extracting(HistoricDecisionInputInstance::getValue)
			.containsOnly(ReliefHistoryPrivacy.MASK);
		assertThat(decision.getOutputs()).extracting(o -> o.getValue()).contains("dibao");

		String auditorsView = api.get("auditor", "/engine-rest/history/detail?processInstanceId=" + reliefId).body();
		assertThat(auditorsView).contains("householdMembers").doesNotContain("周小雨", "化疗", "1100");
	}

	@Test
	void objectionsAreTakenOnlyAtTheCasesOwnDeskAndMustSaySomething() {
		String tn = registered();
		assertThat(submit("hhbgrid1", tn, "householdSurvey", SURVEY).status()).isEqualTo(204);
		String path = "/api/cases/" + tn + "/objections";

		assertThat(api.post("jfqgrid1", path, "{\"content\":\"有异议\"}").status()).isEqualTo(403);
		assertThat(api.post("streetoffice", path, "{\"content\":\"有异议\"}").status()).isEqualTo(403);
		assertThat(api.post("auditor", path, "{\"content\":\"有异议\"}").status()).isEqualTo(403);
		BasicAuthClient.Response empty = api.post("hhbgrid2", path, "{\"content\":\" \",\"objectorPhone\":\"call me\"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors")).hasSize(2);
		assertThat(api.post("hhbgrid2", path, "{\"content\":\"有异议\",\"anonymous\":true}").status()).isEqualTo(400);
		assertThat(api.post("hhbgrid2", "/api/cases/HHB-20260302-9999/objections", "{\"content\":\"有异议\"}").status())
			.isEqualTo(404);
		assertThat(api.get("hhbgrid1", "/api/cases/" + tn + "/relief").json().at("/applications/0/objections"))
			.isEmpty();

		assertThat(api.post("hhbsup", path, "{\"content\":\"匿名反映申请人有经营收入\"}").status()).isEqualTo(201);
	}

	private String registered() {
		String tn = api.post("hhbgrid1", "/api/cases", NEW_RELIEF_CASE).json().get("trackingNumber").asText();
		assertThat(submit("hhbgrid1", tn, "registerApplication", REGISTRATION).status()).isEqualTo(204);
		return tn;
	}

	private BasicAuthClient.Response submit(String user, String tn, String taskKey, String variables) {
		return api.post(user, "/engine-rest/task/" + taskId(user, tn, taskKey) + "/submit-form", variables);
	}

	private String taskId(String user, String tn, String taskKey) {
		JsonNode found = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + tn + "&taskDefinitionKey=" + taskKey)
			.json();
		assertThat(found).as(user + " sees " + taskKey).hasSize(1);
		return found.get(0).get("id").asText();
	}

}
