package org.shequ.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.shequ.support.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The auditor over HTTP: reads everything (Cockpit's definitions, instances, incidents and history,
 * the timeline, verification, exports) and changes nothing (no claim, completion, reassignment,
 * variable change, deployment, suspension, deletion, retry). Every other role, the administrator
 * included, is refused the auditor-only endpoints; anonymous callers are asked to log in.
 */
@ShequTest
class AuditorPermissionTest {

	static final List<String> OTHER_ROLES = List.of("jfqgrid1", "jfqsup", "hhbsup", "streetoffice", "civilaffairs",
			"volunteer1", "admin");

	@LocalServerPort
	int port;

	Api api;

	String tn;

	String taskId;

	String instanceId;

	String definitionId;

	@BeforeEach
	void caseWithAnOpenTask() {
		api = new Api(port);
		tn = api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody())).json().get("trackingNumber").asText();
		JsonNode task = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid1").json().get(0);
		taskId = task.get("id").asText();
		instanceId = task.get("processInstanceId").asText();
		definitionId = task.get("processDefinitionId").asText();
	}

	List<String> auditorOnly() {
		return List.of("/api/cases/" + tn + "/timeline", "/api/audit/verify", "/api/audit/export?from=2026-01-01",
				"/api/audit/process-definitions/" + definitionId + "/xml", "/audit/?case=" + tn, "/audit/index.html",
				"/audit/audit.js", "/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js");
	}

	@Test
	void theAuditorReadsTheAuditEndpointsAndThePage() {
		for (String path : auditorOnly()) {
			assertThat(api.get(path, "auditor").status()).as(path).isEqualTo(200);
		}
		assertThat(api.get("/api/audit/process-definitions/no-such:1:x/xml", "auditor").status()).isEqualTo(404);
	}

	@Test
	void everyOtherRoleIsRefusedTheAuditorOnlyEndpoints() {
		for (String user : OTHER_ROLES) {
			for (String path : auditorOnly()) {
				assertThat(api.get(path, user).status()).as(user + " " + path).isEqualTo(403);
			}
		}
	}

	@Test
	void anonymousCallersMustLogIn() {
		for (String path : auditorOnly()) {
			int status = api.get(path, null).status();
			if (path.startsWith("/api/")) {
				assertThat(status).as(path).isEqualTo(401);
			}
			else {
				assertThat(status).as(path + " redirects to the login form").isEqualTo(302);
			}
		}
		assertThat(api.get("/login/", null).status()).isEqualTo(200);
		assertThat(api.get("/login/", null).body()).doesNotContain(tn);
		assertThat(api.get("/audit/login.html", null).header("Location")).as("the old address of the login page")
			.endsWith("/login/?next=/audit/");
	}

	@Test
	void aBrowserLoggedInToCockpitAsAuditorOpensThePageAndReadsTheApiButCannotChangeThroughIt() {
		WebappSession cockpit = WebappSession.login(port, "cockpit", "auditor", Api.PASSWORD);

		assertThat(cockpit.get("/audit/?case=" + tn).status()).isEqualTo(200);
		assertThat(cockpit.get("/api/cases/" + tn + "/timeline").status()).isEqualTo(200);
		assertThat(cockpit.get("/api/audit/verify").json().get("ok").asBoolean()).isTrue();
		Api.Response filed = cockpit.postJson("/api/cases", Api.json(TestCases.caseBody()));
		assertThat(filed.status()).as("a session cookie alone changes nothing").isEqualTo(401);

		WebappSession tasklist = WebappSession.login(port, "tasklist", "jfqgrid1", Api.PASSWORD);
		assertThat(tasklist.get("/audit/?case=" + tn).status()).isEqualTo(403);
		assertThat(tasklist.get("/api/cases/" + tn + "/timeline").status()).isEqualTo(403);
	}

	@Test
	void inCockpitTheAuditorSeesDefinitionsInstancesIncidentsAndHistory() {
		WebappSession cockpit = WebappSession.login(port, "cockpit", "auditor", Api.PASSWORD);
		String engine = "/camunda/api/engine/engine/default";

		assertThat(cockpit.get(engine + "/process-definition?key=complaint-intake").json()).isNotEmpty();
		assertThat(cockpit.get(engine + "/decision-definition?key=case-triage").json()).isNotEmpty();
		assertThat(cockpit.get(engine + "/process-instance?businessKey=" + tn).json()).hasSize(2);
		assertThat(cockpit.get(engine + "/process-instance/" + instanceId + "/variables").status()).isEqualTo(200);
		assertThat(cockpit.get(engine + "/incident").status()).isEqualTo(200);
		assertThat(cockpit.get(engine + "/history/process-instance?processInstanceBusinessKey=" + tn).json()).isNotEmpty();
		assertThat(cockpit.get(engine + "/history/activity-instance?processInstanceId=" + instanceId).json()).isNotEmpty();
		assertThat(cockpit.get(engine + "/history/user-operation?processDefinitionKey=complaint-intake&maxResults=5")
			.json()).isNotEmpty();
		assertThat(cockpit.get(engine + "/history/decision-instance?decisionDefinitionKey=case-triage&maxResults=5").json())
			.isNotEmpty();
		assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/" + definitionId
				+ "/called-process-definitions").status()).isEqualTo(200);
	}

	@Test
	void theAuditorChangesNothing() {
		String before = api.get("/engine-rest/task/" + taskId, "jfqgrid1").body();

		assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "auditor", "{\"userId\":\"auditor\"}").status())
			.isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/unclaim", "auditor", "").status()).isIn(403, 415);
		assertThat(api.post("/engine-rest/task/" + taskId + "/complete", "auditor", "{}").status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/assignee", "auditor", "{\"userId\":\"jfqgrid2\"}").status())
			.isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/delegate", "auditor", "{\"userId\":\"jfqgrid2\"}").status())
			.isEqualTo(403);
		assertThat(api.put("/engine-rest/task/" + taskId + "/localVariables/caseSummary", "auditor",
				"{\"value\":\"x\",\"type\":\"String\"}").status()).isEqualTo(403);
		assertThat(api.put("/engine-rest/process-instance/" + instanceId + "/variables/assignee", "auditor",
				"{\"value\":\"auditor\",\"type\":\"String\"}").status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/process-instance/" + instanceId + "/variables", "auditor",
				"{\"modifications\":{\"assignee\":{\"value\":\"auditor\"}}}").status()).isEqualTo(403);
		assertThat(api.put("/engine-rest/process-instance/" + instanceId + "/suspended", "auditor",
				"{\"suspended\":true}").status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/process-instance/" + instanceId + "/modification", "auditor",
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"handleTrack\"}]}").status()).isEqualTo(403);
		assertThat(api.delete("/engine-rest/process-instance/" + instanceId, "auditor").status()).isEqualTo(403);
		assertThat(api.put("/engine-rest/process-definition/" + definitionId + "/history-time-to-live", "auditor",
				"{\"historyTimeToLive\":1}").status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/message", "auditor",
				"{\"messageName\":\"anything\",\"businessKey\":\"" + tn + "\"}").status()).isIn(400, 403);
		assertThat(deploy("auditor").status()).isEqualTo(403);

		WebappSession cockpit = WebappSession.login(port, "cockpit", "auditor", Api.PASSWORD);
		String engine = "/camunda/api/engine/engine/default";
		assertThat(cockpit.postJson(engine + "/process-instance/" + instanceId + "/variables",
				"{\"modifications\":{\"assignee\":{\"value\":\"auditor\"}}}").status()).isEqualTo(403);
		assertThat(cockpit.postJson(engine + "/task/" + taskId + "/claim", "{\"userId\":\"auditor\"}").status())
			.as("tasks are Tasklist's, which the auditor may not use").isIn(401, 403);
		assertThat(cockpit.postJson(engine + "/process-instance/" + instanceId + "/modification",
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"handleTrack\"}]}").status()).isIn(401, 403);

		assertThat(api.get("/engine-rest/task/" + taskId, "jfqgrid1").body()).isEqualTo(before);
		assertThat(api.get("/engine-rest/process-instance/" + instanceId, "auditor").json().get("suspended").asBoolean())
			.isFalse();
	}

	@Test
	void neitherTheAuditorNorATaskWorkerDeploys() {
		assertThat(deploy("jfqgrid1").status()).isEqualTo(403);
		assertThat(deploy("auditor").status()).isEqualTo(403);
	}

	private Api.Response deploy(String user) {
		String boundary = "----shequ" + System.nanoTime();
		String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
				+ " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"x\"><process id=\"evil\""
				+ " isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"s\"/></process></definitions>";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"evil.bpmn\"; filename=\"evil.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
			.header("Authorization", Api.basic(user, Api.PASSWORD))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return api.send(request);
	}

}
