package org.shequ.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Does a process killed with SIGKILL lose commits H2 had already acknowledged? A child JVM commits
 * rows from 8 threads as fast as it can and prints each id once its commit returned; it is killed
 * after a few seconds and the file is opened again. With application.yaml's URL (WRITE_DELAY=0) every
 * printed id is there; with H2's default write delay the last moment of commits is gone.
 */
class H2KillDurabilityTest {

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void theConfiguredH2UrlKeepsEveryAcknowledgedCommitThroughAKill(@TempDir Path dir) throws Exception {
		String url = configuredUrl().replace("./data/shequ", dir.resolve("shequ").toString());
		assertThat(url).contains("WRITE_DELAY=0");

		Result result = killWhileCommitting(url);

		System.out.printf("H2 kill test with %s: %d commits acknowledged, %d lost%n", url, result.acknowledged(),
				result.lost());
		assertThat(result.acknowledged()).isGreaterThan(100);
		assertThat(result.lost()).isZero();
	}

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void withH2sDefaultWriteDelayAKillLosesAcknowledgedCommits(@TempDir Path dir) throws Exception {
		String url = configuredUrl().replace("./data/shequ", dir.resolve("shequ").toString())
			.replace(";WRITE_DELAY=0", "");

		Result result = killWhileCommitting(url);

		System.out.printf("H2 kill test with %s: %d commits acknowledged, %d lost%n", url, result.acknowledged(),
				result.lost());
		assertThat(result.lost()).isPositive();
	}

	record Result(int acknowledged, int lost) {
	}

	private static Result killWhileCommitting(String url) throws Exception {
		Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitWriter.class.getName(), url)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
		Thread reader = new Thread(() -> readIds(child.getInputStream(), acknowledged));
		reader.start();
		try {
			long deadline = System.currentTimeMillis() + 30_000;
			while (acknowledged.size() < 2000 && System.currentTimeMillis() < deadline && child.isAlive()) {
				Thread.sleep(50);
			}
			Thread.sleep(1000);
		}
		finally {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			reader.join(10_000);
		}
		Set<Integer> stored = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement select = connection.prepareStatement("select id from committed");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				stored.add(rows.getInt(1));
			}
		}
		Set<Integer> lost = new HashSet<>(acknowledged);
		lost.removeAll(stored);
		return new Result(acknowledged.size(), lost.size());
	}

	private static void readIds(InputStream in, Set<Integer> ids) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
			String line;
			while ((line = lines.readLine()) != null) {
				try {
					ids.add(Integer.parseInt(line.trim()));
				}
				catch (NumberFormatException cutOffByTheKill) {
					// the last line may be half written
				}
			}
		}
		catch (IOException e) {
			// the child is gone
		}
	}

	@SuppressWarnings("unchecked")
	private static String configuredUrl() throws IOException {
		try (InputStream in = H2KillDurabilityTest.class.getResourceAsStream("/application.yaml")) {
			Map<String, Object> yaml = new Yaml().load(in);
			Map<String, Object> datasource = (Map<String, Object>) ((Map<String, Object>) yaml.get("spring"))
				.get("datasource");
			return (String) datasource.get("url");
		}
	}

	/** The child: 8 threads, each committing one row at a time and printing its id after the commit. */
	public static final class CommitWriter {

		public static void main(String[] args) throws Exception {
			String url = args[0];
			try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
				connection.createStatement().execute("create table committed (id int primary key, note varchar(200))");
			}
			for (int t = 0; t < 8; t++) {
				int first = t;
				new Thread(() -> write(url, first, 8)).start();
			}
		}

		private static void write(String url, int first, int step) {
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					PreparedStatement insert = connection.prepareStatement("insert into committed values (?, ?)")) {
				connection.setAutoCommit(false);
				for (int id = first;; id += step) {
					insert.setInt(1, id);
					insert.setString(2, "诉求 " + id);
					insert.executeUpdate();
					connection.commit();
					synchronized (System.out) {
						System.out.println(id);
						System.out.flush();
					}
				}
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

	}

}
