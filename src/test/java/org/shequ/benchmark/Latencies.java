package org.shequ.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Response times of one sequential client, in milliseconds. */
final class Latencies {

	private final List<Double> millis = new ArrayList<>();

	void add(long nanos) {
		millis.add(nanos / 1e6);
	}

	int count() {
		return millis.size();
	}

	double percentile(int p) {
		List<Double> sorted = new ArrayList<>(millis);
		sorted.sort(null);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	@Override
	public String toString() {
		return "p50 %.1f ms, p95 %.1f ms (%d requests)".formatted(percentile(50), percentile(95), count());
	}

}
