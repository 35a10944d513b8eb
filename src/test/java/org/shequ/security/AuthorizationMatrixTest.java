package org.shequ.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.shequ.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may do what, over HTTP against the running app: anonymous callers, a caseworker of another
 * community, the auditor, the community's own caseworkers and secretary, the administrator; and the
 * task-query expression hole, closed on every route.
 */
@ShequTest
class AuthorizationMatrixTest {

	static final String EVIL = "${execution.getProcessEngineServices().getRuntimeService()}";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	FilterService filters;

	Api api;

	String tn;

	String taskId;

	String instanceId;

	@BeforeEach
	void jiefangqiaoCaseWithAnOpenTask() {
		api = new Api(port);
		Map<String, Object> body = TestCases.caseBody();
		tn = api.post("/api/cases", "jfqgrid1", Api.json(body)).json().get("trackingNumber").asText();
		JsonNode task = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid1").json().get(0);
		taskId = task.get("id").asText();
		instanceId = task.get("processInstanceId").asText();
	}

	@Test
	void anonymousCallersGet401EverywhereButTheHealthCheck() {
		for (String path : List.of("/api/cases", "/api/cases/" + tn, "/api/communities", "/engine-rest/task",
				"/engine-rest/process-definition", "/engine-rest/history/process-instance", "/engine-rest/user")) {
			assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
		}
		assertThat(api.get("/camunda/api/engine/engine/default/task", null).status()).isIn(401, 403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/complete", null, "{}").status()).isEqualTo(401);
		Api.Response health = api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asText()).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
		assertThat(health.json().has("details")).isFalse();
		assertThat(api.get("/actuator/env", null).status()).isIn(401, 404);
	}

	@Test
	void aCaseworkerOfAnotherCommunitySeesAndTouchesNothingOfIt() {
		assertThat(api.get("/api/cases/" + tn, "hhbgrid1").status()).isEqualTo(403);
		assertThat(api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "hhbgrid1").json()).isEmpty();
		assertThat(api.get("/engine-rest/task/" + taskId, "hhbgrid1").status()).isIn(403, 404);
		assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "hhbgrid1", "{\"userId\":\"hhbgrid1\"}").status())
			.isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/complete", "hhbgrid1", "{}").status()).isEqualTo(403);
		assertThat(api.get("/engine-rest/process-instance/" + instanceId + "/variables", "hhbgrid1").status())
			.isIn(403, 404);
		assertThat(api.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + tn, "hhbgrid1")
			.json()).isEmpty();
	}

	@Test
	void caseworkersOfTheCommunitySeeTheTaskButOnlyTheSecretaryReassignsIt() {
		assertThat(api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid2").json()).hasSize(1);
		String reassign = "{\"userId\":\"jfqgrid2\"}";
		assertThat(api.post("/engine-rest/task/" + taskId + "/assignee", "jfqgrid2", reassign).status())
			.isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/assignee", "hhbsup", reassign).status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/assignee", "jfqsup", reassign).status()).isEqualTo(204);
		assertThat(api.get("/engine-rest/task/" + taskId, "jfqgrid2").json().get("assignee").asText())
			.isEqualTo("jfqgrid2");
	}

	@Test
	void theAuditorReadsEverythingAndChangesNothing() {
		assertThat(api.get("/api/cases/" + tn, "auditor").status()).isEqualTo(200);
		assertThat(api.get("/api/cases?community=hongheba", "auditor").status()).isEqualTo(200);
		assertThat(api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "auditor").json()).hasSize(1);
		assertThat(api.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + tn, "auditor")
			.json()).isNotEmpty();

		assertThat(api.post("/api/cases", "auditor", Api.json(TestCases.caseBody())).status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "auditor", "{\"userId\":\"auditor\"}").status())
			.isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/complete", "auditor", "{}").status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/task/" + taskId + "/assignee", "auditor", "{\"userId\":\"auditor\"}")
			.status()).isEqualTo(403);
		assertThat(api.put("/engine-rest/process-instance/" + instanceId + "/variables/community", "auditor",
				"{\"value\":\"hongheba\",\"type\":\"String\"}").status()).isEqualTo(403);
		assertThat(api.delete("/engine-rest/process-instance/" + instanceId, "auditor").status()).isEqualTo(403);
		assertThat(api.get("/api/cases/" + tn, "jfqgrid1").json().get("assignee").asText()).isEqualTo("jfqgrid1");
	}

	@Test
	void onlyTheAdministratorAdministersUsers() {
		String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},"
				+ "\"credentials\":{\"password\":\"intruder-pass\"}}";
		for (String caller : List.of("jfqgrid1", "jfqsup", "auditor")) {
			assertThat(api.post("/engine-rest/user/create", caller, user).status()).as(caller).isEqualTo(403);
			assertThat(api.post("/engine-rest/group/jiefangqiao/members/" + caller + "x", caller, "").status())
				.isIn(403, 405, 415);
		}
		assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
		assertThat(api.get("/engine-rest/authorization?userIdIn=jfqgrid1", "admin").status()).isEqualTo(200);
	}

	@Test
	void aFormRefusedByTheServerIs400OnBothRestApisAndChangesNothing() {
		Api.Response rest = api.post("/engine-rest/task/" + taskId + "/complete", "jfqgrid1",
				"{\"variables\":{\"contactMethod\":{\"value\":\"phone\"}}}");
		assertThat(rest.status()).as(rest.toString()).isEqualTo(400);
		assertThat(rest.json().get("message").asText()).contains("联系情况");

		WebappSession tasklist = WebappSession.login(port, "tasklist", "jfqgrid1", Api.PASSWORD);
		Api.Response webapp = tasklist.postJson("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
				"{\"variables\":{\"contactMethod\":{\"value\":\"fax\"},\"contactNote\":{\"value\":\"x\"}}}");
		assertThat(webapp.status()).as(webapp.toString()).isEqualTo(400);
		assertThat(api.get("/engine-rest/task/" + taskId, "jfqgrid1").status()).isEqualTo(200);
		assertThat(api.get("/api/cases/" + tn, "jfqgrid1").json().get("status").asText()).isEqualTo("DISPATCHED");
	}

	@Test
	void adHocTaskQueriesMayNotCarryExpressions() {
		Api.Response plain = api.get("/engine-rest/task?dueDateExpression=" + encoded(EVIL), "jfqgrid1");
		assertThat(plain.status()).isEqualTo(400);
		assertThat(api.get("/engine-rest/task?assigneeExpression=" + encoded("${currentUser()}"), "jfqgrid1").status())
			.isEqualTo(400);
		Api.Response or = api.post("/engine-rest/task", "jfqgrid1",
				"{\"orQueries\":[{\"assigneeExpression\":\"" + EVIL + "\"}]}");
		assertThat(or.status()).isEqualTo(400);
		assertThat(api.post("/engine-rest/task/count", "jfqgrid1",
				"{\"orQueries\":[{\"candidateGroupExpression\":\"" + EVIL + "\"}]}").status()).isEqualTo(400);
		assertThat(api.post("/engine-rest/task", "jfqgrid1", "{\"assignee\":\"jfqgrid1\"}").status()).isEqualTo(200);
	}

	@Test
	void filtersMayOnlyUseTasklistsOwnExpressionsAndOnlyTheAdministratorCreatesThem() {
		String evilFilter = "{\"resourceType\":\"Task\",\"name\":\"evil\",\"owner\":\"jfqgrid1\",\"query\":{\"dueDateExpression\":\""
				+ EVIL + "\"}}";
		assertThat(api.post("/engine-rest/filter/create", "jfqgrid1", evilFilter).status()).isEqualTo(403);
		assertThat(api.post("/engine-rest/filter/create", "admin", evilFilter.replace("jfqgrid1", "admin")).status())
			.isEqualTo(400);
		String safeFilter = "{\"resourceType\":\"Task\",\"name\":\"mine\",\"owner\":\"admin\",\"query\":{\"assigneeExpression\":\"${currentUser()}\",\"dueBeforeExpression\":\"${dateTime().plusDays(1).toDate()}\"}}";
		Api.Response created = api.post("/engine-rest/filter/create", "admin", safeFilter);
		assertThat(created.status()).as(created.toString()).isEqualTo(200);
		filters.deleteFilter(created.json().get("id").asText());

		String assignee = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid1").json()
			.get(0)
			.get("assignee")
			.asText();
		Filter mine = filters.createFilterQuery().filterName("我的任务").singleResult();
		Api.Response listed = api.post("/engine-rest/filter/" + mine.getId() + "/list", assignee, "{}");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().toString()).contains(tn);
		assertThat(api.post("/engine-rest/filter/" + mine.getId() + "/list", assignee,
				"{\"dueDateExpression\":\"" + EVIL + "\"}").status()).isEqualTo(400);
	}

	@Test
	void theWebappsOwnApiRefusesExpressionsToo() {
		WebappSession tasklist = WebappSession.login(port, "tasklist", "jfqgrid1", Api.PASSWORD);

		assertThat(tasklist.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + tn).status())
			.isEqualTo(200);
		assertThat(tasklist.get("/camunda/api/engine/engine/default/task?dueDateExpression=" + encoded(EVIL)).status())
			.isEqualTo(400);
		assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task",
				"{\"orQueries\":[{\"assigneeExpression\":\"" + EVIL + "\"}]}").status()).isEqualTo(400);
		Api.Response filter = tasklist.postJson("/camunda/api/engine/engine/default/filter/create",
				"{\"resourceType\":\"Task\",\"name\":\"evil\",\"owner\":\"jfqgrid1\",\"query\":{\"dueDateExpression\":\""
						+ EVIL + "\"}}");
		assertThat(filter.status()).isEqualTo(403);
		assertThat(filter.body()).contains("AuthorizationException");
	}

	@Test
	void theFirstAdministratorSetupCannotCreateAnAdministrator() {
		Api.Response setup = api.post("/camunda/api/admin/setup/default/user/create", null,
				"{\"profile\":{\"id\":\"eviladmin\",\"firstName\":\"e\",\"lastName\":\"a\"},\"credentials\":{\"password\":\"pw-12345678\"}}");

		assertThat(setup.status()).isEqualTo(403);
		assertThat(identity.createUserQuery().userId("eviladmin").count()).isZero();
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
