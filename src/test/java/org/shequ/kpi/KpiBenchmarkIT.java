package org.shequ.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.PostgresDatabase;
import org.shequ.support.RunningJar;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The KPI calls against the packaged app, started as its own process, with this many closed cases in
 * its database (written with bulk SQL, {@link BenchmarkCases}), over HTTP: the month of all communities,
 * one community's month by worker, and for information the twelve-month trend and the at-risk list.
 * Prints p50 and p95 and writes them to {@code target/kpi-benchmark.txt}.
 * <p>
 * {@code mvn verify} runs a smoke version (20,000 cases, H2) that checks the answers add up;
 * {@code mvn -Pkpi-benchmark verify} the full one: 1,000,000 cases on an H2 file database and on the
 * local PostgreSQL (a database of its own, dropped afterwards), where the monthly calls must answer
 * within a second at p95.
 */
class KpiBenchmarkIT {

	static final boolean FULL = "full".equals(System.getProperty("kpi.benchmark", "smoke"));

	static final int CASES = FULL ? 1_000_000 : 20_000;

	static final int WARM_UP = FULL ? 10 : 3;

	static final int CALLS = FULL ? 50 : 10;

	/** The twelve-month calls read twelve times as much: fewer of them, for information. */
	static final int LONG_CALLS = FULL ? 10 : 3;

	static final String[] ENGINE = { "--camunda.bpm.job-execution.enabled=false" };

	/** The cases are received in the twelve months before this one. */
	final LocalDate thisMonth = LocalDate.now(BenchmarkCases.BEIJING).withDayOfMonth(1);

	/** A whole month of the twelve: the last one is cut short by the integer spacing of the seeded cases. */
	final LocalDate measured = thisMonth.minusMonths(2);

	@Test
	void onAnH2FileDatabase() throws Exception {
		Path home = Files.createTempDirectory("shequ-kpi-benchmark");
		// AUTO_SERVER: the benchmark writes into the file the running app holds open; no query cache, as measured
		String url = "jdbc:h2:file:" + home.resolve("data/shequ").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=0";
		try (RunningJar app = RunningJar.startIn(home, "kpi-benchmark-h2", Map.of(), with("--spring.datasource.url=" + url))) {
			try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
				seed(connection, BenchmarkCases.Dialect.H2, "analyze");
				measure(app, connection, "H2 file");
			}
		}
		finally {
			// a million cases take about 2 GB
			try (Stream<Path> files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void onPostgres() throws Exception {
		Assumptions.assumeTrue(FULL, "the smoke run measures H2 only; mvn -Pkpi-benchmark verify measures PostgreSQL too");
		try (PostgresDatabase database = PostgresDatabase.createOrSkip("shequ_kpi_bench");
				RunningJar app = RunningJar.start("kpi-benchmark-postgres",
						Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", database.url()), ENGINE);
				Connection connection = database.connect()) {
			seed(connection, BenchmarkCases.Dialect.POSTGRES, "analyze shequ_case");
			measure(app, connection, "PostgreSQL");
		}
	}

	private void seed(Connection connection, BenchmarkCases.Dialect dialect, String analyze) throws SQLException {
		long started = System.nanoTime();
		new BenchmarkCases(dialect, CASES, thisMonth).write(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute(analyze);
		}
		System.out.printf("KPI benchmark: %,d cases written in %.1f s%n", CASES, (System.nanoTime() - started) / 1e9);
	}

	private void measure(RunningJar app, Connection connection, String database) throws Exception {
		Api api = app.api();
		String load = loadAverage();
		LocalDate end = measured.plusMonths(1);
		String month = "from=" + measured + "&to=" + end;
		long inMonth = countReceived(connection, measured, end);
		assertThat(inMonth).as("cases of the measured month").isGreaterThanOrEqualTo(new BenchmarkCases(
				BenchmarkCases.Dialect.H2, CASES, thisMonth).receivedBetween(measured, end));

		Map<String, double[]> results = new LinkedHashMap<>();
		results.put("month, all communities", time(api, "admin", "/api/kpi?groupBy=month&" + month, CALLS, report -> {
			assertThat(report.get("total").get("received").asLong()).isEqualTo(inMonth);
			assertThat(report.get("groups")).hasSize(1);
		}));
		results.put("month of one community by worker", time(api, "jfqsup",
				"/api/kpi?community=jiefangqiao&groupBy=worker&" + month, CALLS, report -> {
					long sum = 0;
					for (JsonNode group : report.get("groups")) {
						sum += group.get("received").asLong();
					}
					assertThat(sum).isEqualTo(report.get("total").get("received").asLong());
					assertThat(report.get("groups").size()).isGreaterThanOrEqualTo(2);
				}));
		results.put("12 months by month, one community (dashboard trend)", time(api, "jfqsup", "/api/kpi?groupBy=month",
				LONG_CALLS, report -> assertThat(report.get("groups")).hasSize(12)));
		results.put("12 months by month, all communities (auditor's trend)", time(api, "admin", "/api/kpi?groupBy=month",
				LONG_CALLS, report -> assertThat(report.get("groups")).hasSize(12)));
		results.put("cases at risk, all communities", time(api, "admin", "/api/kpi/at-risk", CALLS, report -> {
		}));

		StringBuilder out = new StringBuilder(("KPI benchmark, %s, %,d closed cases (%,d received in %s), sequential calls "
				+ "after as many to warm up (at most %d), load average before: %s%n").formatted(database, CASES, inMonth,
						measured.toString().substring(0, 7), WARM_UP, load));
		results.forEach((name, p) -> out
			.append("  %-55s p50 %7.1f ms   p95 %7.1f ms  (%d calls)%n".formatted(name, p[0], p[1], (int) p[2])));
		System.out.print(out);
		Path file = Paths.get("target", "kpi-benchmark.txt");
		Files.writeString(file, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		if (FULL) {
			assertThat(results.get("month, all communities")[1]).as("p95 of the monthly call, ms").isLessThan(1000);
			assertThat(results.get("month of one community by worker")[1]).as("p95 of the monthly call, ms").isLessThan(1000);
		}
	}

	private interface Check {

		void accept(JsonNode report);

	}

	/** p50 and p95 in milliseconds of sequential calls, each checked. */
	private static double[] time(Api api, String user, String path, int calls, Check check) {
		List<Double> millis = new ArrayList<>();
		int warmUp = Math.min(WARM_UP, calls);
		for (int i = 0; i < warmUp + calls; i++) {
			long started = System.nanoTime();
			Api.Response response = api.get(path, user);
			long took = System.nanoTime() - started;
			assertThat(response.status()).as(path + " " + response).isEqualTo(200);
			if (i == 0) {
				check.accept(response.json());
			}
			if (i >= warmUp) {
				millis.add(took / 1e6);
			}
		}
		millis.sort(null);
		return new double[] { percentile(millis, 50), percentile(millis, 95), millis.size() };
	}

	private static double percentile(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static long countReceived(Connection connection, LocalDate from, LocalDate to) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select count(*) from shequ_case where received_at >= ? and received_at < ?")) {
			statement.setObject(1, from.atStartOfDay(BenchmarkCases.BEIJING).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
			statement.setObject(2, to.atStartOfDay(BenchmarkCases.BEIJING).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** How busy the machine is (2 cores, shared): the figures mean little without it. */
	private static String loadAverage() {
		try {
			return Files.readString(Paths.get("/proc/loadavg")).strip();
		}
		catch (java.io.IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static String[] with(String argument) {
		List<String> arguments = new ArrayList<>(List.of(ENGINE));
		arguments.add(argument);
		return arguments.toArray(String[]::new);
	}

}
