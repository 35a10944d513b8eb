package org.shequ.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.function.Supplier;

import org.shequ.support.Api;

/** A caseworker's first page of tasks, asked for again and again by one client, timed end to end. */
final class TaskListTimes {

	private final Api api;

	private final BenchmarkMode mode;

	TaskListTimes(Api api, BenchmarkMode mode) {
		this.api = api;
		this.mode = mode;
	}

	Latencies shequ(String user) {
		return time(() -> api.get("/api/tasks", user));
	}

	/** What a client of the engine's REST API would ask: assigned to me or offered to me, newest first. */
	Latencies engineRest(String user) {
		String query = "{\"orQueries\":[{\"assignee\":\"" + user + "\",\"candidateUser\":\"" + user + "\"}],"
				+ "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
		return time(() -> api.send(api.request("/engine-rest/task?firstResult=0&maxResults=50", user)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(query))));
	}

	/** At most the mode's number of requests, and no more than its time budget: the engine's query can take seconds. */
	private Latencies time(Supplier<Api.Response> request) {
		Latencies latencies = new Latencies();
		long budget = mode.listBudget().toNanos();
		long started = System.nanoTime();
		for (int i = 0; i < mode.listWarmUp() + mode.listRequests(); i++) {
			long start = System.nanoTime();
			Api.Response response = request.get();
			long took = System.nanoTime() - start;
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			assertThat(response.json().size()).as("tasks on the first page").isBetween(1, 50);
			boolean warmingUp = i < mode.listWarmUp() && start - started < budget / 4;
			if (!warmingUp) {
				latencies.add(took);
			}
			if (System.nanoTime() - started > budget && latencies.count() > 0) {
				break;
			}
		}
		return latencies;
	}

}
