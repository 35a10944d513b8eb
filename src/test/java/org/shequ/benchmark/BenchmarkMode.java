package org.shequ.benchmark;

import java.time.Duration;

/** How long and how big: a smoke run for mvn verify, or the full benchmark. */
record BenchmarkMode(String name, int clients, Phases phases, int openTasks, int listWarmUp, int listRequests,
		Duration listBudget, int completions, boolean postgres) {

	static final BenchmarkMode SMOKE = new BenchmarkMode("smoke", 4,
			new Phases(Duration.ofSeconds(1), Duration.ofSeconds(3)), 1_000, 5, 20, Duration.ofSeconds(10), 100, false);

	static final BenchmarkMode FULL = new BenchmarkMode("full", 8,
			new Phases(Duration.ofSeconds(10), Duration.ofSeconds(30)), 100_000, 30, 300, Duration.ofSeconds(60), 2_000, true);

	static BenchmarkMode fromSystemProperty() {
		return "full".equals(System.getProperty("benchmark", "smoke")) ? FULL : SMOKE;
	}

	@Override
	public String toString() {
		return name + " run";
	}

}
