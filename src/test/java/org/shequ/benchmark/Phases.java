package org.shequ.benchmark;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A warm-up, then a measured window: the rate is what the counter gained in the window, per second. */
record Phases(Duration warmUp, Duration measured) {

	double rate(LongSupplier counter) throws InterruptedException {
		Thread.sleep(warmUp.toMillis());
		long before = counter.getAsLong();
		long start = System.nanoTime();
		Thread.sleep(measured.toMillis());
		long after = counter.getAsLong();
		return (after - before) / ((System.nanoTime() - start) / 1e9);
	}

}
