package org.shequ.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.shequ.crash.IntakeLoad;
import org.shequ.crash.StoredCases;
import org.shequ.support.Api;
import org.shequ.support.PostgresDatabase;
import org.shequ.support.RunningJar;
import org.shequ.support.TestCases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two nodes of the packaged app, each with its job executor, on one fresh PostgreSQL database, as
 * the README's "Cluster" section sets them up. Cases are filed and tasks completed and claimed
 * through both; due timers fire once whichever node's executor takes them; and when one node is
 * killed under load the other keeps serving and every acknowledged case is there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ClusterIT {

	/** Short locks, so that jobs a killed node had taken are run by the other within the test. */
	static final List<String> ENGINE = List.of("--camunda.bpm.job-execution.lock-time-in-millis=10000",
			"--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000");

	static PostgresDatabase database;

	static RunningJar nodeA;

	static RunningJar nodeB;

	@BeforeAll
	static void startTwoNodes() {
		database = PostgresDatabase.createOrSkip("shequ_cluster");
		// the first node creates the schema; the second joins a database that is already set up
		nodeA = node("a");
		nodeB = node("b");
	}

	private static RunningJar node(String name) {
		List<String> arguments = new ArrayList<>(ENGINE);
		arguments.add("--camunda.bpm.generic-properties.properties.hostname=node-" + name);
		return RunningJar.start("cluster-" + name,
				Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", database.url()),
				arguments.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		for (RunningJar node : new RunningJar[] { nodeA, nodeB }) {
			if (node != null) {
				node.kill();
			}
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void theEngineTablesCarryShequsIndexes() throws SQLException {
		Set<String> indexes = new TreeSet<>(strings("select indexname from pg_indexes where indexname like 'shequ_idx_%'"));

		assertThat(indexes).containsExactlyInAnyOrder("shequ_idx_task_parent", "shequ_idx_task_assignee_created",
				"shequ_idx_identlink_group_task", "shequ_idx_identlink_user_task");
	}

	@Test
	@Order(2)
	void aTaskCompletedOnOneNodeIsGoneOnTheOther() {
		String filedOnA = file(nodeA.api(), "jfqgrid1");
		String filedOnB = file(nodeB.api(), "jfqgrid1");

		String taskOfA = openTask(nodeB.api(), filedOnA);
		String taskOfB = openTask(nodeA.api(), filedOnB);
		assertThat(listed(nodeB.api(), "jfqgrid1")).contains(taskOfA, taskOfB);
		complete(nodeB.api(), taskOfA);
		complete(nodeA.api(), taskOfB);

		for (RunningJar node : new RunningJar[] { nodeA, nodeB }) {
			assertThat(node.api().get("/engine-rest/task/" + taskOfA, "jfqgrid1").status()).isEqualTo(404);
			assertThat(node.api().get("/engine-rest/task/" + taskOfB, "jfqgrid1").status()).isEqualTo(404);
			assertThat(listed(node.api(), "jfqgrid1")).doesNotContain(taskOfA, taskOfB);
		}
		assertThat(openTask(nodeA.api(), filedOnA)).as("the next step of the case").isNotEqualTo(taskOfA);
		assertThat(openTask(nodeB.api(), filedOnB)).isNotEqualTo(taskOfB);
	}

	@Test
	@Order(3)
	void twoCaseworkersClaimingOneTaskOnTwoNodesAtOnceExactlyOneWins() throws Exception {
		for (int round = 0; round < 5; round++) {
			String task = openTask(nodeA.api(), file(nodeA.api(), "jfqgrid1"));
			Api.Response unclaimed = nodeA.api().post("/engine-rest/task/" + task + "/unclaim", "admin", "");
			assertThat(unclaimed.status()).as(unclaimed.toString()).isEqualTo(204);

			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<Api.Response> onA = CompletableFuture.supplyAsync(() -> claim(nodeA, task, "jfqgrid1", together));
			CompletableFuture<Api.Response> onB = CompletableFuture.supplyAsync(() -> claim(nodeB, task, "jfqgrid2", together));
			Api.Response a = onA.get(60, TimeUnit.SECONDS);
			Api.Response b = onB.get(60, TimeUnit.SECONDS);

			assertThat(List.of(a.status(), b.status())).as(a + " / " + b).containsExactlyInAnyOrder(200, 409);
			Api.Response winner = a.status() == 200 ? a : b;
			Api.Response loser = a.status() == 200 ? b : a;
			String holder = winner.json().get("assignee").asText();
			assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
			assertThat(loser.json().get("detail").asText()).contains("already claimed by", "(" + holder + ")");
			assertThat(nodeB.api().get("/engine-rest/task/" + task, "admin").json().get("assignee").asText())
				.isEqualTo(holder);
		}
	}

	@Test
	@Order(4)
	void everyDueTimerFiresExactlyOnce() throws Exception {
		Set<String> filed = new TreeSet<>();
		for (int i = 0; i < 10; i++) {
			filed.add(file(nodeA.api(), "hhbgrid1"));
			filed.add(file(nodeB.api(), "mzjgrid1"));
		}
		Map<String, Integer> instanceOfTimer = counts("select j.id_, 1 from act_ru_job j join act_ru_execution e"
				+ " on e.id_ = j.process_instance_id_ where j.handler_cfg_ like 'respondByTimer%' and e.business_key_ in ("
				+ quoted(filed) + ")");
		List<String> timers = new ArrayList<>(instanceOfTimer.keySet());
		assertThat(timers).as("response timers of the cases filed").hasSize(filed.size());

		String due = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
			.format(Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC));
		for (int i = 0; i < timers.size(); i++) {
			Api api = (i % 2 == 0 ? nodeA : nodeB).api();
			Api.Response moved = api.put("/engine-rest/job/" + timers.get(i) + "/duedate", "admin",
					"{\"duedate\":\"" + due + "\"}");
			assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
		}
		String ids = quoted(timers);
		awaitZero("select count(*) from act_ru_job where id_ in (" + ids + ")", Duration.ofSeconds(60));

		Map<String, Integer> successes = counts("select job_id_, count(*) from act_hi_job_log where job_state_ = 2"
				+ " and job_id_ in (" + ids + ") group by job_id_");
		assertThat(successes).as("successful runs per timer job").hasSize(timers.size()).allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));
		Map<String, Integer> escalations = counts("select proc_inst_id_, count(*) from act_ru_task"
				+ " where task_def_key_ = 'superviseResponse' and proc_inst_id_ in (select id_ from act_ru_execution"
				+ " where business_key_ in (" + quoted(filed) + ")) group by proc_inst_id_");
		assertThat(escalations).as("督办 tasks per case").hasSize(timers.size()).allSatisfy((instance, tasks) -> assertThat(tasks).isEqualTo(1));
		System.out.println("cluster: timer jobs run per node " + counts("select hostname_, count(*) from act_hi_job_log"
				+ " where job_state_ = 2 and job_id_ in (" + ids + ") group by hostname_"));
	}

	@Test
	@Order(5)
	void killingOneNodeUnderLoadLeavesTheOtherServingAndLosesNoCase() throws Exception {
		Set<String> acknowledged = new HashSet<>();
		int refusedOnA;
		int acknowledgedOnAAfterTheKill;
		try (IntakeLoad onA = IntakeLoad.start(nodeA.port(), 3); IntakeLoad onB = IntakeLoad.start(nodeB.port(), 3)) {
			onB.awaitAcknowledged(30, Duration.ofSeconds(60));
			nodeB.kill();
			int beforeTheKill = onA.acknowledged().size();
			onA.awaitAcknowledged(beforeTheKill + 30, Duration.ofSeconds(60));
			acknowledgedOnAAfterTheKill = onA.acknowledged().size() - beforeTheKill;
			onA.close();
			onB.close();
			acknowledged.addAll(onA.acknowledged());
			acknowledged.addAll(onB.acknowledged());
			refusedOnA = onA.refused();
		}
		assertThat(acknowledgedOnAAfterTheKill).as("cases node a acknowledged after node b died").isGreaterThanOrEqualTo(30);
		assertThat(refusedOnA).as("node a's answers other than 201").isZero();
		awaitZero("select count(*) from act_ru_job where process_def_key_ = 'resident-notification'",
				Duration.ofSeconds(60));
		System.out.println("cluster: jobs run per node, all tests " + counts("select hostname_, count(*) from act_hi_job_log"
				+ " where job_state_ = 2 group by hostname_"));
		nodeA.close();

		try (Connection connection = database.connect()) {
			StoredCases stored = StoredCases.read(connection);
			Set<String> lost = new TreeSet<>(acknowledged);
			lost.removeAll(stored.cases.keySet());
			System.out.printf("cluster: %d cases acknowledged under load (%d by node a after node b was killed), %d lost%n",
					acknowledged.size(), acknowledgedOnAAfterTheKill, lost.size());
			assertThat(lost).as("acknowledged cases missing").isEmpty();
			assertThat(stored.cases.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey))
				.as("cases whose process is not waiting at a task").isEmpty();
			assertThat(stored.intakeInstances).as("one intake process per case").isEqualTo(stored.cases.size());
			assertThat(stored.gapsOrDuplicates()).as("tracking numbers duplicated or skipped").isEmpty();
			assertThat(stored.incidents).as("incidents").isZero();
			assertThat(stored.casesWithoutReceivedMessage).as("cases without their received message").isEmpty();
			assertThat(stored.messagesSent).as("messages sent").isEqualTo(stored.messages);
		}
	}

	private static Api.Response claim(RunningJar node, String task, String user, CyclicBarrier together) {
		try {
			together.await(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return node.api().post("/api/tasks/" + task + "/claim", user, "");
	}

	private static String file(Api api, String user) {
		Map<String, Object> body = TestCases.caseBody();
		String community = Map.of("jfqgrid1", "jiefangqiao", "hhbgrid1", "hongheba", "mzjgrid1", "mozijing").get(user);
		body.put("community", community);
		body.put("grid", Map.of("jfqgrid1", "jfq-1", "hhbgrid1", "hhb-1", "mzjgrid1", "mzj-1").get(user));
		Api.Response filed = api.post("/api/cases", user, Api.json(body));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		return filed.json().get("trackingNumber").asText();
	}

	private static String openTask(Api api, String trackingNumber) {
		JsonNode tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + trackingNumber, "admin").json();
		assertThat(tasks).as("open tasks of " + trackingNumber).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	private static List<String> listed(Api api, String user) {
		Api.Response response = api.get("/api/tasks", user);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.json().forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

	private static void complete(Api api, String task) {
		Api.Response done = api.post("/engine-rest/task/" + task + "/complete", "jfqgrid1",
				"{\"variables\":{\"contactMethod\":{\"value\":\"phone\"},\"contactNote\":{\"value\":\"已电话联系\"}}}");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private static void awaitZero(String countQuery, Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		int left = -1;
		while (Instant.now().isBefore(deadline)) {
			left = counts("select 'n', (" + countQuery + ")").get("n");
			if (left == 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError(left + " left after " + timeout + ": " + countQuery);
	}

	private static Map<String, Integer> counts(String query) throws SQLException {
		Map<String, Integer> counts = new HashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getInt(2));
			}
		}
		return counts;
	}

	private static String quoted(Collection<String> values) {
		return "'" + String.join("','", values) + "'";
	}

	private static List<String> strings(String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
