package org.shequ.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** GET /api/tasks and POST /api/tasks/{id}/claim over HTTP, with authorization on. */
@ShequTest
class TaskApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestCases cases;

	@Autowired
	TaskService tasks;

	@Autowired
	AuthorizationService authorizations;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
		ClockUtil.reset();
	}

	@Test
	void aCaseworkerSeesTheirOwnTasksAndTheirCommunitysOfferedOnesNewestFirst() throws InterruptedException {
		String own = firstTask(cases.file(TestCases.request("jiefangqiao", "jfq-1", "sanitation", false)));
		Thread.sleep(5);
		String offered = firstTask(cases.file(TestCases.request("jiefangqiao", "jfq-2", "consultation", false)));
		tasks.setAssignee(offered, null);
		Thread.sleep(5);
		String colleagues = firstTask(cases.file(TestCases.request("jiefangqiao", "jfq-2", "sanitation", false)));
		String otherCommunity = firstTask(cases.file(TestCases.request("hongheba", "hhb-1", "sanitation", false)));

		List<String> listed = ids(api.get("/api/tasks", "jfqgrid1"));

		assertThat(listed).contains(own, offered).doesNotContain(colleagues, otherCommunity);
		assertThat(listed.indexOf(offered)).as("newer first").isLessThan(listed.indexOf(own));
		assertThat(ids(api.get("/api/tasks", "hhbgrid2"))).doesNotContain(own, offered, colleagues);
	}

	@Test
	void theListIsTheFirstFiftyNewestFirst() {
		for (int i = 0; i < CaseworkerTasks.PAGE + 2; i++) {
			cases.file(TestCases.request("mozijing", "mzj-2", "consultation", false));
		}

		Api.Response response = api.get("/api/tasks", "mzjgrid2");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> created = new ArrayList<>();
		response.json().forEach(task -> created.add(task.get("created").asText()));
		assertThat(created).hasSize(50);
		assertThat(created).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b)
			.compareTo(OffsetDateTime.parse(a)));
	}

	@Test
	void theFirstClaimWinsAndTheSecondIsToldWhoHoldsTheTask() {
		String task = firstTask(cases.file(TestCases.request("jiefangqiao", "jfq-1", "sanitation", false)));
		tasks.setAssignee(task, null);

		Api.Response won = api.post("/api/tasks/" + task + "/claim", "jfqgrid2", "");
		Api.Response lost = api.post("/api/tasks/" + task + "/claim", "jfqgrid1", "");

		assertThat(won.status()).as(won.toString()).isEqualTo(200);
		assertThat(won.json().get("assignee").asText()).isEqualTo("jfqgrid2");
		assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
		assertThat(lost.header("Content-Type")).startsWith("application/problem+json");
		assertThat(lost.json().get("detail").asText()).contains("already claimed by", "赵志强", "jfqgrid2");
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("jfqgrid2");
	}

	@Test
	void aTaskOfAnotherCommunityOrNoTaskAtAllIsNotFoundAndNothingChanges() {
		String task = firstTask(cases.file(TestCases.request("jiefangqiao", "jfq-1", "sanitation", false)));
		tasks.setAssignee(task, null);

		Api.Response foreign = api.post("/api/tasks/" + task + "/claim", "hhbgrid1", "");
		Api.Response missing = api.post("/api/tasks/no-such-task/claim", "jfqgrid1", "");

		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
	}

	@Test
	void aTaskTheEngineWithholdsIsNotListedEvenThoughItIsOffered() throws InterruptedException {
		String kept = firstTask(cases.file(TestCases.request("hongheba", "hhb-2", "consultation", false)));
		tasks.setAssignee(kept, null);
		Thread.sleep(5);
		String withheld = firstTask(cases.file(TestCases.request("hongheba", "hhb-2", "consultation", false)));
		tasks.setAssignee(withheld, null);
		authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(withheld)
			.list()
			.forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));

		List<String> listed = ids(api.get("/api/tasks", "hhbgrid1"));

		assertThat(listed).contains(kept).doesNotContain(withheld);
	}

	@Test
	void withoutCredentialsTheListIsRefused() {
		assertThat(api.get("/api/tasks", null).status()).isEqualTo(401);
	}

	private String firstTask(String trackingNumber) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber).singleResult();
		return task.getId();
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		for (JsonNode task : response.json()) {
			ids.add(task.get("id").asText());
		}
		return ids;
	}

}
