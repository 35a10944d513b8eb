package org.shequ.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app (the fat jar that {@code mvn package} builds) started as its own process, as it
 * runs in production. Used by the *IT tests that failsafe runs after packaging.
 */
public final class RunningJar implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private RunningJar(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
		// never outlive the test run, whatever happens to the test
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
	}

	public static RunningJar start(String name, Map<String, String> environment, String... arguments) {
		return startIn(null, name, environment, arguments);
	}

	/** Starts it with this working directory, e.g. for the default H2 file database under {@code ./data}. */
	public static RunningJar startIn(Path workingDirectory, String name, Map<String, String> environment,
			String... arguments) {
		String jar = System.getProperty("shequ.jar");
		if (jar == null || !Files.exists(Paths.get(jar))) {
			throw new IllegalStateException("no packaged app at " + jar + ": run through mvn verify");
		}
		int port = freePort();
		try {
			Path log = Files.createTempFile("shequ-" + name + "-", ".log");
			List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-jar",
					Paths.get(jar).toAbsolutePath().toString(),
					"--server.port=" + port));
			command.addAll(List.of(arguments));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			if (workingDirectory != null) {
				builder.directory(workingDirectory.toFile());
			}
			builder.environment().putAll(environment);
			RunningJar running = new RunningJar(builder.start(), port, log);
			running.awaitHealthy(Duration.ofSeconds(180));
			return running;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	public Api api() {
		return new Api(port);
	}

	public Path log() {
		return log;
	}

	public void awaitHealthy(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		Api api = new Api(port);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app exited with " + process.exitValue() + "; log: " + tail());
			}
			try {
				if (api.get("/actuator/health/readiness", null).status() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYetListening) {
				// keep waiting
			}
			sleep(500);
		}
		throw new IllegalStateException("the app did not become healthy in " + timeout + "; log: " + tail());
	}

	/** Stops it the hard way, as a crash would (kill -9). */
	public void kill() {
		process.destroyForcibly();
		waitForExit();
	}

	@Override
	public void close() {
		process.destroy();
		waitForExit();
	}

	public String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	private void waitForExit() {
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String javaExecutable() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
