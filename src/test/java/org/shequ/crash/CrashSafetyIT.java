package org.shequ.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.support.Api;
import org.shequ.support.PostgresDatabase;
import org.shequ.support.RunningJar;
import org.shequ.support.TestCases;

/**
 * The packaged app under intake load from 8 clients, killed with SIGKILL and started again on the
 * same database: every case that got a 201 is there with its process at a wait state, tracking numbers
 * are neither duplicated nor skipped, the jobs the dead app had locked run once their lock expires,
 * and every case's "received" message is sent. Once on the default H2 file database (the URL of
 * application.yaml, in a fresh working directory) and once on PostgreSQL.
 */
class CrashSafetyIT {

	static final int CLIENTS = 8;

	/** Short, so that jobs the dead app had locked are picked up again within the test. */
	static final String[] ENGINE = { "--camunda.bpm.job-execution.lock-time-in-millis=10000",
			"--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=2000" };

	@Test
	@Timeout(value = 8, unit = TimeUnit.MINUTES)
	void killedUnderLoadOnTheDefaultH2FileDatabaseItLosesNothing(@TempDir Path home) throws Exception {
		String[] arguments = arguments();
		Outcome outcome = crashAndRestart("h2", () -> RunningJar.startIn(home, "crash-h2", Map.of(), arguments),
				() -> -1);
		String url = "jdbc:h2:file:" + home.resolve("data/shequ").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			check("H2", outcome, StoredCases.read(connection));
		}
	}

	@Test
	@Timeout(value = 8, unit = TimeUnit.MINUTES)
	void killedUnderLoadOnPostgresItLosesNothing() throws Exception {
		try (PostgresDatabase database = PostgresDatabase.createOrSkip("shequ_crash")) {
			Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", database.url());
			Outcome outcome = crashAndRestart("postgres", () -> RunningJar.start("crash-postgres", environment, ENGINE),
					() -> lockedJobs(database));
			try (Connection connection = database.connect()) {
				check("PostgreSQL", outcome, StoredCases.read(connection));
			}
		}
	}

	/** {@code -Dshequ.crash.h2-url=...} tries other H2 settings, e.g. the old URL without WRITE_DELAY=0. */
	private static String[] arguments() {
		List<String> arguments = new ArrayList<>(List.of(ENGINE));
		String url = System.getProperty("shequ.crash.h2-url");
		if (url != null && !url.isBlank()) {
			arguments.add("--spring.datasource.url=" + url);
			System.out.println("crash run on H2 with " + url + " instead of application.yaml's URL");
		}
		return arguments.toArray(String[]::new);
	}

	/** Jobs the killed app had locked (-1: not looked at; H2's file is not opened before the app reopens it). */
	record Outcome(Set<String> acknowledged, int refused, int unanswered, int lockedAtKill,
			Set<String> filedAfterRestart) {
	}

	private static int lockedJobs(PostgresDatabase database) {
		try (Connection connection = database.connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from act_ru_job where lock_owner_ is not null")) {
			rows.next();
			return rows.getInt(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private Outcome crashAndRestart(String name, Supplier<RunningJar> start, IntSupplier lockedJobs) throws Exception {
		Set<String> acknowledged;
		int refused;
		int unanswered;
		RunningJar app = start.get();
		try (IntakeLoad load = IntakeLoad.start(app.port(), CLIENTS)) {
			load.awaitAcknowledged(60, Duration.ofSeconds(90));
			Thread.sleep(1500);
			app.kill();
			acknowledged = load.acknowledged();
			load.close();
			refused = load.refused();
			unanswered = load.unanswered();
		}
		finally {
			app.kill();
		}
		assertThat(acknowledged).as("cases acknowledged before the kill").hasSizeGreaterThan(20);
		int lockedAtKill = lockedJobs.getAsInt();

		Set<String> filedAfterRestart = new TreeSet<>();
		RunningJar restarted = start.get();
		try {
			Api api = restarted.api();
			for (String user : List.of("jfqgrid1", "hhbgrid1", "mzjgrid1")) {
				Api.Response filed = api.post("/api/cases", user, body(user));
				assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
				filedAfterRestart.add(filed.json().get("trackingNumber").asText());
			}
			awaitNoNotificationJobs(api, name);
		}
		finally {
			restarted.close();
		}
		return new Outcome(acknowledged, refused, unanswered, lockedAtKill, filedAfterRestart);
	}

	/** The messages of the cases filed before the kill include some whose job the dead app had locked. */
	private static void awaitNoNotificationJobs(Api api, String name) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		long left = -1;
		while (Instant.now().isBefore(deadline)) {
			left = api.get("/engine-rest/job/count?processDefinitionKey=resident-notification", "admin")
				.json()
				.get("count")
				.asLong();
			if (left == 0) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(name + ": " + left + " message jobs still waiting two minutes after the restart");
	}

	private static String body(String user) {
		Map<String, Object> body = TestCases.caseBody();
		body.put("community", Map.of("jfqgrid1", "jiefangqiao", "hhbgrid1", "hongheba", "mzjgrid1", "mozijing").get(user));
		body.put("grid", Map.of("jfqgrid1", "jfq-1", "hhbgrid1", "hhb-1", "mzjgrid1", "mzj-1").get(user));
		return Api.json(body);
	}

	private static void check(String database, Outcome outcome, StoredCases stored) {
		Set<String> lost = new TreeSet<>(outcome.acknowledged());
		lost.removeAll(stored.cases.keySet());
		System.out.printf("crash run on %s: %d cases acknowledged with 201 before the kill, %d lost; %d refused; %d "
				+ "requests unanswered at the kill; %s jobs locked by the killed app; %d cases stored; %d messages, %d sent%n",
				database, outcome.acknowledged().size(), lost.size(), outcome.refused(), outcome.unanswered(),
				outcome.lockedAtKill() < 0 ? "?" : outcome.lockedAtKill(), stored.cases.size(), stored.messages,
				stored.messagesSent);

		assertThat(lost).as("acknowledged cases missing after the restart").isEmpty();
		assertThat(outcome.refused()).as("requests answered with anything but 201 under load").isZero();
		assertThat(stored.cases.keySet()).containsAll(outcome.filedAfterRestart());
		assertThat(stored.cases.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey))
			.as("cases whose process is not waiting at a task").isEmpty();
		assertThat(stored.intakeInstances).as("one intake process per case").isEqualTo(stored.cases.size());
		assertThat(stored.gapsOrDuplicates()).as("tracking numbers duplicated or skipped").isEmpty();
		assertThat(stored.lockedJobs).as("jobs still locked").isZero();
		assertThat(stored.jobsLockedPastTheirTime).as("jobs locked past their lock time").isZero();
		assertThat(stored.incidents).as("incidents").isZero();
		assertThat(stored.casesWithoutReceivedMessage).as("cases without their received message").isEmpty();
		assertThat(stored.messagesSent).as("messages sent").isEqualTo(stored.messages);
	}

}
