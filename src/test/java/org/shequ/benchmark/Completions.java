package org.shequ.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.shequ.support.Api;

/** Clients completing given tasks through the engine's REST API, each as the user who may. */
final class Completions {

	/** The values Shequ's 联系居民 form submits. */
	static final String RESPONDED = "{\"contactMethod\":{\"value\":\"phone\"},\"contactNote\":{\"value\":\"已电话联系\"}}";

	private final Api api;

	private final BenchmarkMode mode;

	Completions(Api api, BenchmarkMode mode) {
		this.api = api;
		this.mode = mode;
	}

	/** Tasks as {id, user}; the first tenth warms up and is not counted. */
	double rate(List<String[]> tasks, String variables) throws Exception {
		assertThat(tasks).as("tasks to complete").isNotEmpty();
		int warmUp = tasks.size() / 10;
		complete(tasks.subList(0, warmUp), variables);
		long start = System.nanoTime();
		complete(tasks.subList(warmUp, tasks.size()), variables);
		return (tasks.size() - warmUp) / ((System.nanoTime() - start) / 1e9);
	}

	private void complete(List<String[]> tasks, String variables) throws Exception {
		ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(tasks);
		AtomicInteger failed = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(mode.clients());
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < mode.clients(); i++) {
			running.add(clients.submit(() -> {
				String[] task;
				while ((task = queue.poll()) != null) {
					Api.Response done = api.post("/engine-rest/task/" + task[0] + "/complete", task[1],
							"{\"variables\":" + variables + "}");
					if (done.status() != 204) {
						failed.incrementAndGet();
						System.out.println("benchmark: completion refused: " + done);
					}
				}
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		clients.shutdown();
		assertThat(failed.get()).as("completions refused").isZero();
	}

}
