package org.shequ.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.shequ.support.Api;
import org.shequ.support.TestCases;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Clients filing cases as fast as the app takes them, each as a caseworker of its community. Keeps
 * every tracking number answered with 201: those are the cases the app has promised to keep.
 */
public final class IntakeLoad implements AutoCloseable {

	/** Who files where: two communities' counters are shared by several clients, one by two. */
	private static final List<String[]> CLIENTS = List.of(new String[] { "jfqgrid1", "jiefangqiao", "jfq-1" },
			new String[] { "jfqgrid2", "jiefangqiao", "jfq-2" }, new String[] { "jfqsup", "jiefangqiao", "jfq-1" },
			new String[] { "hhbgrid1", "hongheba", "hhb-1" }, new String[] { "hhbgrid2", "hongheba", "hhb-2" },
			new String[] { "hhbsup", "hongheba", "hhb-2" }, new String[] { "mzjgrid1", "mozijing", "mzj-1" },
			new String[] { "mzjgrid2", "mozijing", "mzj-2" });

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger unanswered = new AtomicInteger();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ExecutorService clients;

	private IntakeLoad(int port, int count) {
		clients = Executors.newFixedThreadPool(count);
		for (int i = 0; i < count; i++) {
			String[] who = CLIENTS.get(i % CLIENTS.size());
			clients.submit(() -> fileUntilStopped(port, who[0], who[1], who[2]));
		}
	}

	public static IntakeLoad start(int port, int clients) {
		return new IntakeLoad(port, clients);
	}

	private void fileUntilStopped(int port, String user, String community, String grid) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int n = 0;
		while (running.get()) {
			Map<String, Object> body = TestCases.caseBody();
			body.put("community", community);
			body.put("grid", grid);
			body.put("category", n++ % 2 == 0 ? "sanitation" : "consultation");
			body.put("title", "压力测试诉求 " + user + " #" + n);
			try {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", Api.basic(user, Api.PASSWORD))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
					.build();
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					acknowledged.add(JSON.readTree(response.body()).get("trackingNumber").asText());
				}
				else {
					refused.incrementAndGet();
				}
			}
			catch (IOException e) {
				// killed mid-request: the answer never came, so nothing was promised
				unanswered.incrementAndGet();
				sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Waits until at least this many cases are acknowledged (or the time is up). */
	public void awaitAcknowledged(int count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (acknowledged.size() < count && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
	}

	public Set<String> acknowledged() {
		return Set.copyOf(acknowledged);
	}

	public int refused() {
		return refused.get();
	}

	public int unanswered() {
		return unanswered.get();
	}

	@Override
	public void close() {
		running.set(false);
		clients.shutdownNow();
		try {
			clients.awaitTermination(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
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
