package org.shequ.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case filed through the API and worked to closure over the engine's REST API (a missed response
 * deadline, the secretary's reassignment, a comment, a claim, the callback), then read back by the
 * auditor as one timeline: every step, in order, with who did it, what they entered and which version
 * of which model it ran under.
 */
@ShequTest
class CaseTimelineTest {

	/** A Wednesday morning: jfqgrid1 is the cadre on call. */
	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	@LocalServerPort
	int port;

	@Autowired
	TestCases cases;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	Api api;

	@BeforeEach
	void init() {
		api = new Api(port);
		TestCases.setClock(WEDNESDAY_MORNING);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theTimelineOfAClosedCaseHasEveryStepWithItsUserValuesAndModelVersion() {
		String tn = closedCase();

		Api.Response response = api.get("/api/cases/" + tn + "/timeline", "auditor");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode timeline = response.json();
		List<JsonNode> events = new ArrayList<>();
		timeline.get("events").forEach(events::add);

		assertThat(timeline.get("kase").get("status").asText()).isEqualTo("CLOSED");
		assertThat(timeline.get("kase").get("reporterPhone").asText()).isEqualTo("13900002222");
		assertThat(timeline.get("personalData").toString()).contains("reporterPhone", "reporterName", "address");
		assertThat(timeline.get("processes").findValuesAsText("processDefinitionKey"))
			.containsExactly("complaint-intake", "general-handling");
		timeline.get("processes").forEach(p -> assertThat(p.get("processDefinitionVersion").asInt()).isPositive());

		List<String> steps = events.stream().map(CaseTimelineTest::step).toList();
		assertThat(steps).containsSubsequence("CASE_LOG RECEIVED", "PROCESS_STARTED complaint-intake",
				"DECISION triageCase", "CASE_LOG TRIAGED", "CASE_LOG DISPATCHED", "PROCESS_STARTED general-handling",
				"TASK_CREATED respondToResident", "TIMER respondByTimer", "CASE_LOG ESCALATED",
				"TASK_CREATED superviseResponse", "TIMER_FIRED respondByTimer", "TASK_ASSIGNED respondToResident", "CASE_LOG REASSIGNED",
				"TASK_COMPLETED superviseResponse", "COMMENT", "CASE_LOG RESPONDED",
				"TASK_COMPLETED respondToResident", "CASE_LOG RESOLVED", "TASK_COMPLETED handleCase",
				"PROCESS_ENDED general-handling", "TASK_CREATED callbackResident", "TASK_CLAIMED callbackResident",
				"TASK_ASSIGNED callbackResident", "OPERATION Assign", "CASE_LOG CALLBACK",
				"TASK_COMPLETED callbackResident", "CASE_LOG CLOSED", "PROCESS_ENDED complaint-intake");

		JsonNode decision = only(events, "DECISION", "triageCase");
		assertThat(decision.get("processDefinitionKey").asText()).isEqualTo("complaint-intake");
		assertThat(decision.get("data").get("decisionDefinitionKey").asText()).isEqualTo("case-triage");
		assertThat(decision.get("data").get("decisionDefinitionVersion").asInt()).isPositive();
		assertThat(values(decision.get("data").get("inputs"), "clauseId")).containsEntry("input_category", "other")
			.containsEntry("input_urgent", "true");
		assertThat(decision.get("data").get("matchedRules")).isNotEmpty();
		assertThat(values(decision.get("data").get("outputs"), "variableName")).containsEntry("track", "general-handling");

		assertThat(only(events, "TASK_COMPLETED", "respondToResident").get("user").asText()).isEqualTo("jfqgrid2");
		assertThat(only(events, "TASK_COMPLETED", "respondToResident").get("data").get("formValues").get("contactNote")
			.asText()).isEqualTo("已电话联系居民，约定上门");
		assertThat(only(events, "TASK_COMPLETED", "handleCase").get("data").get("formValues").get("outcomeSummary")
			.asText()).isEqualTo("已联系物业修好路灯");
		assertThat(only(events, "TASK_COMPLETED", "superviseResponse").get("user").asText()).isEqualTo("jfqsup");
		assertThat(only(events, "TASK_CLAIMED", "callbackResident").get("data").get("userId").asText())
			.isEqualTo("jfqgrid2");
		JsonNode handedOver = events.stream()
			.filter(e -> step(e).equals("TASK_ASSIGNED respondToResident") && "jfqgrid2".equals(e.get("data").get("userId").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(handedOver.get("user").asText()).as("the secretary's reassignment").isEqualTo("jfqsup");
		assertThat(only(events, "TASK_COMPLETED", "callbackResident").get("user").asText()).isEqualTo("jfqgrid1");
		JsonNode reassigned = events.stream()
			.filter(e -> step(e).equals("OPERATION Assign"))
			.findFirst()
			.orElseThrow();
		assertThat(reassigned.get("user").asText()).isEqualTo("jfqsup");
		assertThat(reassigned.get("data").get("changes").toString()).contains("jfqgrid2", "jfqgrid1");
		JsonNode comment = events.stream().filter(e -> e.get("kind").asText().equals("COMMENT")).findFirst().orElseThrow();
		assertThat(comment.get("user").asText()).isEqualTo("jfqgrid2");
		assertThat(comment.get("summary").asText()).isEqualTo("居民电话占线，稍后再打");

		for (JsonNode event : events) {
			assertThat(event.get("at").isNull()).as(step(event)).isFalse();
			assertThat(event.get("chainSeq").asLong()).as("chained: " + step(event)).isPositive();
			if (!event.get("kind").asText().equals("CASE_LOG")) {
				assertThat(event.get("processDefinitionKey").asText()).as(step(event)).isNotBlank();
				assertThat(event.get("processDefinitionVersion").asInt()).as(step(event)).isPositive();
			}
		}
		List<Long> seqs = events.stream().map(e -> e.get("chainSeq").asLong()).toList();
		assertThat(seqs).isSorted();

		JsonNode created = only(events, "TASK_CREATED", "respondToResident");
		assertThat(created.get("data").get("taskVariables").get("caseSummary").asText()).contains("13900002222");
		assertThat(created.get("personalData").toString()).contains("data.taskVariables.caseSummary");
	}

	@Test
	void theTimelineAnswers404ForUnknownCasesAndMalformedNumbers() {
		assertThat(api.get("/api/cases/JFQ-19990101-0001/timeline", "auditor").status()).isEqualTo(404);
		assertThat(api.get("/api/cases/not-a-number/timeline", "auditor").status()).isEqualTo(404);
	}

	/**
	 * Filed by jfqgrid1, escalated and reassigned to jfqgrid2, responded, handled; the callback claimed by
	 * jfqgrid2, handed to jfqgrid1 by the secretary, and the case closed.
	 */
	String closedCase() {
		Map<String, Object> body = TestCases.caseBody();
		body.put("category", "other");
		body.put("urgent", true);
		body.put("title", "楼道路灯不亮");
		Api.Response filed = api.post("/api/cases", "jfqgrid1", Api.json(body));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();

		TestCases.moveClock(Duration.ofMinutes(61));
		assertThat(cases.runDueJobs(tn)).isPositive();

		String supervise = taskId(tn, "superviseResponse", "jfqsup");
		complete(supervise, "jfqsup", Map.of("supervisionAction", "reassigned", "reassignTo", "jfqgrid2",
				"supervisionNote", "值班干部未响应，改派赵志强"));

		String respond = taskId(tn, "respondToResident", "jfqgrid2");
		identity.setAuthentication("jfqgrid2", List.of("caseworker", "jiefangqiao"));
		try {
			tasks.createComment(respond, null, "居民电话占线，稍后再打");
		}
		finally {
			identity.clearAuthentication();
		}
		TestCases.moveClock(Duration.ofMinutes(5));
		complete(respond, "jfqgrid2", Map.of("contactMethod", "phone", "contactNote", "已电话联系居民，约定上门"));
		TestCases.moveClock(Duration.ofHours(3));
		complete(taskId(tn, "handleCase", "jfqgrid2"), "jfqgrid2", Map.of("actionsTaken", "联系物业更换灯泡",
				"outcome", "resolved", "outcomeSummary", "已联系物业修好路灯"));

		TestCases.moveClock(Duration.ofDays(1));
		String callback = taskId(tn, "callbackResident", "jfqgrid2");
		Api.Response claim = api.post("/engine-rest/task/" + callback + "/claim", "jfqgrid2", "{\"userId\":\"jfqgrid2\"}");
		assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
		Api.Response reassign = api.post("/engine-rest/task/" + callback + "/assignee", "jfqsup",
				"{\"userId\":\"jfqgrid1\"}");
		assertThat(reassign.status()).as(reassign.toString()).isEqualTo(204);
		complete(callback, "jfqgrid1", Map.of("residentReached", "yes", "contacted", "yes", "solved", "yes",
				"satisfaction", "satisfied", "callbackNote", "居民表示满意"));
		assertThat(cases.kase(tn).getStatus().name()).isEqualTo("CLOSED");
		return tn;
	}

	private String taskId(String tn, String key, String user) {
		JsonNode found = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn + "&taskDefinitionKey=" + key, user)
			.json();
		assertThat(found).as(key + " visible to " + user).hasSize(1);
		return found.get(0).get("id").asText();
	}

	private void complete(String taskId, String user, Map<String, String> form) {
		Map<String, Object> variables = new LinkedHashMap<>();
		form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		Api.Response done = api.post("/engine-rest/task/" + taskId + "/complete", user,
				Api.json(Map.of("variables", variables)));
		assertThat(done.status()).as(done.toString()).isIn(200, 204);
	}

	static String step(JsonNode event) {
		String kind = event.get("kind").asText();
		JsonNode data = event.get("data");
		return switch (kind) {
			case "CASE_LOG" -> kind + " " + data.get("logKind").asText();
			case "PROCESS_STARTED", "PROCESS_ENDED" -> kind + " " + event.get("processDefinitionKey").asText();
			case "OPERATION" -> kind + " " + data.get("operationType").asText();
			case "COMMENT" -> kind;
			default -> kind + (event.get("activityId").isNull() ? "" : " " + event.get("activityId").asText());
		};
	}

	private static JsonNode only(List<JsonNode> events, String kind, String activityId) {
		List<JsonNode> found = events.stream()
			.filter(e -> e.get("kind").asText().equals(kind) && activityId.equals(e.get("activityId").asText()))
			.toList();
		assertThat(found).as(kind + " " + activityId).hasSize(1);
		return found.get(0);
	}

	private static Map<String, String> values(JsonNode list, String keyField) {
		Map<String, String> values = new LinkedHashMap<>();
		list.forEach(item -> values.put(item.get(keyField).asText(), item.get("value").asText()));
		return values;
	}

}
