package org.shequ.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.support.TestCases.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.intake.CaseTaskDecorator;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.shequ.system.ShequClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Tasklist lists: created once, shared with the right groups only, brought back to their
 * definition on start, and listing exactly the tasks their names promise, over the engine's REST API
 * as the caseworker's Tasklist asks for them.
 */
@ShequTest
class TaskListSetupTest {

	/** A Wednesday: jfqgrid1 is on call 08:00–20:00. */
	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	static final List<String> CASEWORKER_LISTS = List.of("我的任务", "本社区待办", "即将超时", "已超时");

	@LocalServerPort
	int port;

	@Autowired
	TaskListSetup setup;

	@Autowired
	FilterService filters;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	TestCases cases;

	@Autowired
	ShequClock clock;

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
	void caseworkersSeeFourListsAndSecretariesFiveAllSortedByDueDate() {
		assertThat(listNames("jfqgrid1")).containsExactlyInAnyOrderElementsOf(CASEWORKER_LISTS);
		assertThat(listNames("hhbgrid2")).containsExactlyInAnyOrderElementsOf(CASEWORKER_LISTS);
		assertThat(listNames("jfqsup")).containsExactlyInAnyOrder("我的任务", "本社区待办", "即将超时", "已超时", "督办");
		assertThat(listNames("auditor")).isEmpty();

		for (JsonNode list : api.get("/engine-rest/filter", "jfqsup").json()) {
			assertThat(list.at("/query/sorting/0/sortBy").asText()).isEqualTo("dueDate");
			assertThat(list.at("/query/sorting/0/sortOrder").asText()).isEqualTo("asc");
			assertThat(list.at("/properties/variables").findValuesAsText("label")).containsExactly("类别", "时限", "诉求编号");
		}
		assertThat(filters.createFilterQuery().filterName(TaskListSetup.FORMER_ALL_TASKS).count()).isZero();
	}

	@Test
	void nobodyButTheAdministratorCreatesChangesOrDeletesLists() {
		String mine = filterId("我的任务");
		String query = TaskListSetup.queryJson(filters.getFilter(mine).getQuery());
		String list = "{\"resourceType\":\"Task\",\"name\":\"我的\",\"query\":{\"assignee\":\"jfqgrid2\"}}";
		for (String user : List.of("jfqgrid1", "jfqsup")) {
			assertThat(api.post("/engine-rest/filter/create", user, list).status()).as(user).isEqualTo(403);
			assertThat(api.put("/engine-rest/filter/" + mine, user, list).status()).as(user).isEqualTo(403);
			assertThat(api.delete("/engine-rest/filter/" + mine, user).status()).as(user).isEqualTo(403);
		}
		assertThat(TaskListSetup.queryJson(filters.getFilter(mine).getQuery())).isEqualTo(query);
		assertThat(filters.createFilterQuery().filterName("我的").count()).isZero();
	}

	@Test
	void startingAgainChangesNothingAndUndoesWhatWasChangedByHand() {
		Map<String, String> ids = idsByName();
		Set<String> grants = filterAuthorizations();

		setup.run(null);
		assertThat(idsByName()).isEqualTo(ids);
		assertThat(filterAuthorizations()).isEqualTo(grants);

		Filter mine = filters.getFilter(ids.get("我的任务"));
		mine.setQuery(tasks.createTaskQuery().taskAssignee("jfqgrid2"));
		filters.saveFilter(mine);
		grantRead("auditor", ids.get("督办"));
		grantRead("caseworker", Authorization.ANY);
		filters.saveFilter(filters.newTaskFilter(TaskListSetup.FORMER_ALL_TASKS));

		setup.run(null);
		assertThat(idsByName()).isEqualTo(ids);
		assertThat(filterAuthorizations()).isEqualTo(grants);
		assertThat(TaskListSetup.queryJson(filters.getFilter(ids.get("我的任务")).getQuery())).contains("${currentUser()}")
			.doesNotContain("jfqgrid2");
		assertThat(filters.createFilterQuery().filterName(TaskListSetup.FORMER_ALL_TASKS).count()).isZero();
		assertThat(listNames("auditor")).isEmpty();
	}

	@Test
	void eachListShowsExactlyTheTasksItsNamePromises() {
		String urgent = cases.file(request("jiefangqiao", "jfq-1", "other", true));
		String sanitation = cases.file(request("jiefangqiao", "jfq-1", "sanitation", false));
		String resolved = cases.file(request("jiefangqiao", "jfq-2", "sanitation", false));
		cases.respond(resolved, "jfqgrid2");
		cases.handle(resolved, "jfqgrid2");
		TestCases.moveClock(Duration.ofHours(2));
		assertThat(cases.runDueJobs(urgent)).isPositive();

		Task lateResponse = cases.task(urgent, "respondToResident");
		Task sanitationResponse = cases.task(sanitation, "respondToResident");
		Task callback = cases.task(resolved, "callbackResident");
		Task supervision = cases.task(urgent, "superviseResponse");
		assertThat(sanitationResponse.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(callback.getAssignee()).isNull();

		Instant now = clock.now();
		Predicate<Task> mine = t -> "jfqgrid1".equals(t.getAssignee());
		Predicate<Task> communityQueue = t -> t.getAssignee() == null && isCandidate("jfqgrid1", t);
		Predicate<Task> visible = t -> mine.test(t) || isCandidate("jfqgrid1", t);
		Predicate<Task> dueSoon = t -> visible.test(t) && t.getDueDate() != null
				&& t.getDueDate().toInstant().isAfter(now)
				&& t.getDueDate().toInstant().isBefore(now.plus(Duration.ofHours(24)));
		Predicate<Task> overdue = t -> visible.test(t) && t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now);

		assertThat(listed("jfqgrid1", "我的任务")).isEqualTo(expected(mine)).contains(sanitationResponse.getId());
		assertThat(listed("jfqgrid1", "本社区待办")).isEqualTo(expected(communityQueue)).contains(callback.getId());
		assertThat(listed("jfqgrid1", "即将超时")).isEqualTo(expected(dueSoon))
			.contains(sanitationResponse.getId())
			.doesNotContain(lateResponse.getId(), callback.getId());
		assertThat(listed("jfqgrid1", "已超时")).isEqualTo(expected(overdue))
			.contains(lateResponse.getId())
			.doesNotContain(sanitationResponse.getId());
		assertThat(listed("jfqsup", "督办"))
			.isEqualTo(expected(t -> t.getTaskDefinitionKey().startsWith("supervise") && isCandidate("jfqsup", t)))
			.contains(supervision.getId());
		assertThat(listed("hhbsup", "督办")).doesNotContain(supervision.getId());
	}

	@Test
	void everyListShowsTheTrackingNumberCategoryAndDeadlineOfEachTask() {
		String tn = cases.file(request("jiefangqiao", "jfq-1", "sanitation", true));
		Task task = cases.task(tn, "respondToResident");

		Api.Response page = api.post("/engine-rest/filter/" + filterId("我的任务") + "/list?maxResults=1000", "jfqgrid1",
				"{}", Map.of("Accept", "application/hal+json"));
		JsonNode listed = null;
		for (JsonNode candidate : page.json().at("/_embedded/task")) {
			if (candidate.get("id").asText().equals(task.getId())) {
				listed = candidate;
			}
		}
		assertThat(listed).as(page.toString()).isNotNull();
		Map<String, String> shown = new HashMap<>();
		listed.at("/_embedded/variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
		assertThat(shown).containsEntry(CaseTaskDecorator.TRACKING_NUMBER, tn)
			.containsEntry(CaseTaskDecorator.CATEGORY, "环境卫生·紧急")
			.containsEntry(CaseTaskDecorator.DEADLINE, "2026-12-02 11:00");
		assertThat(task.getName()).contains(tn);
		assertThat(task.getDescription()).contains("环境卫生·紧急").contains("响应时限 2026-12-02 11:00");
		assertThat(task.getDueDate().toInstant()).isEqualTo(cases.kase(tn).getRespondBy());
	}

	private List<String> listNames(String user) {
		Api.Response response = api.get("/engine-rest/filter", user);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		response.json().forEach(list -> names.add(list.get("name").asText()));
		return names;
	}

	private Set<String> listed(String user, String list) {
		Api.Response response = api.post("/engine-rest/filter/" + filterId(list) + "/list?maxResults=10000", user, "{}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return new HashSet<>(response.json().findValuesAsText("id"));
	}

	private Set<String> expected(Predicate<Task> rule) {
		return tasks.createTaskQuery().list().stream().filter(rule).map(Task::getId).collect(Collectors.toSet());
	}

	private boolean isCandidate(String user, Task task) {
		Set<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
			.collect(Collectors.toSet());
		return tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.anyMatch(link -> user.equals(link.getUserId()) || groups.contains(link.getGroupId()));
	}

	private String filterId(String name) {
		return filters.createFilterQuery().filterName(name).singleResult().getId();
	}

	private Map<String, String> idsByName() {
		return filters.createFilterQuery().list().stream().collect(Collectors.toMap(Filter::getName, Filter::getId));
	}

	private Set<String> filterAuthorizations() {
		return authorizations.createAuthorizationQuery()
			.resourceType(Resources.FILTER)
			.list()
			.stream()
			.map(a -> a.getId() + " " + Objects.toString(a.getGroupId()) + " " + a.getResourceId() + " "
					+ a.isPermissionGranted(Permissions.READ))
			.collect(Collectors.toSet());
	}

	private void grantRead(String group, String filterId) {
		Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		read.setGroupId(group);
		read.setResource(Resources.FILTER);
		read.setResourceId(filterId);
		read.addPermission(Permissions.READ);
		authorizations.saveAuthorization(read);
	}

}
