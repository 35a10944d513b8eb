package org.shequ.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.crash.IntakeLoad;
import org.shequ.support.Api;
import org.shequ.support.PostgresDatabase;
import org.shequ.support.RunningJar;

/**
 * Shequ's speed against the bare engine, measured on the packaged app over HTTP (docs/benchmarks.md).
 * {@code mvn verify} runs it as a short smoke run on H2 that checks it works and prints what it
 * measured, whatever the figures; {@code mvn -Pbenchmark verify} (or {@code -Dbenchmark=full}) runs
 * the full benchmark on H2 and PostgreSQL with 100,000 open tasks. Targets are reported, not asserted.
 */
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class BenchmarkIT {

	static final BenchmarkMode MODE = BenchmarkMode.fromSystemProperty();

	@Test
	void onTheDefaultH2FileDatabase(@TempDir Path home) throws Exception {
		// application.yaml's settings, with H2's query cache off so that repeated queries are really run;
		// AUTO_SERVER (which rules out DB_CLOSE_ON_EXIT=FALSE) lets the seeding engine in this JVM reach
		// the file the app holds open
		String settings = ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=0";
		String bareUrl = "jdbc:h2:file:" + home.resolve("bare/bare").toAbsolutePath() + settings;
		String appUrl = "jdbc:h2:file:" + home.resolve("data/shequ").toAbsolutePath() + settings + ";AUTO_SERVER=TRUE";
		run("H2 file", bareUrl, "sa", appUrl, "sa", Map.of(), "--spring.datasource.url=" + appUrl);
	}

	@Test
	void onPostgres() throws Exception {
		Assumptions.assumeTrue(MODE.postgres(), "PostgreSQL is benchmarked in the full run only (-Dbenchmark=full)");
		try (PostgresDatabase bare = PostgresDatabase.createOrSkip("shequ_bench_bare");
				PostgresDatabase app = PostgresDatabase.createOrSkip("shequ_bench")) {
			run("PostgreSQL", bare.url(), PostgresDatabase.USER, app.url(), PostgresDatabase.USER,
					Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", app.url()));
		}
	}

	private void run(String database, String bareUrl, String bareUser, String appUrl, String appUser,
			Map<String, String> environment, String... arguments) throws Exception {
		Report report = new Report(database, MODE);
		double bare;
		ProcessEngine bareEngine = Engines.bare("bare-" + System.nanoTime(), bareUrl, bareUser);
		try {
			bare = BareEngineRate.measure(bareEngine, MODE.clients(), MODE.phases());
		}
		finally {
			bareEngine.close();
		}
		report.add("bare engine: start → service task → user task, %d threads in the benchmark JVM".formatted(MODE.clients()),
				"%.0f/s".formatted(bare));

		try (RunningJar app = RunningJar.start("benchmark", withProfiling(environment), arguments)) {
			double intake = intake(app);
			report.add("Shequ intake: POST /api/cases to the first wait state, %d HTTP clients".formatted(MODE.clients()),
					"%.0f/s".formatted(intake));
			report.add("intake ÷ bare engine (target ≥ 60%)", "%.0f%%".formatted(100 * intake / bare));

			Instant seeding = Instant.now();
			ProcessEngine seeder = Engines.onShequsDatabase("seed-" + System.nanoTime(), appUrl, appUser);
			try {
				OpenTaskSeeder.seed(seeder, MODE.openTasks(), 4);
			}
			finally {
				seeder.close();
			}
			// as autovacuum (PostgreSQL) would soon after such a surge: plans then fit 100,000 tasks, not an empty table
			execute(appUrl, appUser, "analyze");
			int open = count(appUrl, appUser, "select count(*) from act_ru_task");
			report.add("open tasks after seeding (seeded in %ds through the engine)".formatted(
					Duration.between(seeding, Instant.now()).toSeconds()), Integer.toString(open));

			TaskListTimes lists = new TaskListTimes(app.api(), MODE);
			report.add("GET /api/tasks, one community's share (" + OpenTaskSeeder.SPREAD_USER + ")",
					lists.shequ(OpenTaskSeeder.SPREAD_USER).toString());
			report.add("GET /api/tasks, one group holding them all (" + OpenTaskSeeder.ALL_USER + ")",
					lists.shequ(OpenTaskSeeder.ALL_USER).toString());
			report.add("engine-rest task query (assignee or candidate), one community's share",
					lists.engineRest(OpenTaskSeeder.SPREAD_USER).toString());
			report.add("engine-rest task query (assignee or candidate), one group holding them all",
					lists.engineRest(OpenTaskSeeder.ALL_USER).toString());

			Completions completions = new Completions(app.api(), MODE);
			List<String[]> seeded = tasks(appUrl, appUser, "select id_, '" + OpenTaskSeeder.ALL_USER
					+ "' from act_ru_task where task_def_key_ = '" + OpenTaskSeeder.TASK + "' and assignee_ is null",
					MODE.completions());
			report.add("completions of open tasks (engine-rest, %d clients, %d tasks)".formatted(MODE.clients(), seeded.size()),
					"%.0f/s".formatted(completions.rate(seeded, "{}")));
			List<String[]> caseTasks = tasks(appUrl, appUser,
					"select id_, assignee_ from act_ru_task where task_def_key_ = 'respondToResident'", MODE.completions());
			report.add("completions of Shequ's 联系居民 (engine-rest with form values, %d tasks)".formatted(caseTasks.size()),
					"%.0f/s".formatted(completions.rate(caseTasks, Completions.RESPONDED)));
			report.add("open tasks while completing", Integer.toString(open));

			Api.Response verify = app.api().get("/api/audit/verify", "auditor");
			report.add("GET /api/audit/verify after the run", verify.status() + " " + verify.json().path("ok").asText());
			report.add("app memory (RSS) after the load", "%d MiB".formatted(rssMebibytes(app.pid())));
			assertThat(verify.status()).isEqualTo(200);
		}
		report.print();
	}

	/** {@code -Dbenchmark.jvm-options=...} reaches the app's JVM, e.g. to record a flight recording. */
	private static Map<String, String> withProfiling(Map<String, String> environment) {
		String options = System.getProperty("benchmark.jvm-options", "");
		if (options.isBlank()) {
			return environment;
		}
		Map<String, String> withOptions = new HashMap<>(environment);
		withOptions.put("JAVA_TOOL_OPTIONS", options);
		return withOptions;
	}

	private static double intake(RunningJar app) throws InterruptedException {
		try (IntakeLoad load = IntakeLoad.start(app.port(), MODE.clients())) {
			double rate = MODE.phases().rate(() -> load.acknowledged().size());
			load.close();
			assertThat(load.refused()).as("intake requests answered with anything but 201").isZero();
			assertThat(rate).isPositive();
			return rate;
		}
	}

	private static void execute(String url, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int count(String url, String user, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static List<String[]> tasks(String url, String user, String query, int limit) throws SQLException {
		List<String[]> tasks = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.setMaxRows(limit);
			try (ResultSet rows = statement.executeQuery(query)) {
				while (rows.next()) {
					tasks.add(new String[] { rows.getString(1), rows.getString(2) });
				}
			}
		}
		return tasks;
	}

	private static long rssMebibytes(long pid) throws IOException {
		for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	/** The figures of one database, printed and appended to target/benchmark.md. */
	private static final class Report {

		private final StringBuilder text = new StringBuilder();

		Report(String database, BenchmarkMode mode) {
			text.append("\n### ").append(database).append(" — ").append(mode).append(", ").append(Instant.now())
				.append(", load average ").append(loadAverage()).append("\n\n| what | figure |\n|---|---|\n");
		}

		void add(String what, String figure) {
			text.append("| ").append(what).append(" | ").append(figure).append(" |\n");
			System.out.println("benchmark: " + what + ": " + figure);
		}

		void print() throws IOException {
			text.append("\nload average at the end: ").append(loadAverage()).append('\n');
			System.out.println(text);
			Path file = Paths.get("target", "benchmark.md");
			Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}

		private static String loadAverage() {
			try {
				return Files.readString(Paths.get("/proc/loadavg")).strip();
			}
			catch (IOException e) {
				return "?";
			}
		}

	}

}
