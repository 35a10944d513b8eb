package org.shequ.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The generated demo history (prefix {@code shequ.demo-history}), seeded with the other demo data.
 *
 * @param enabled generate it at all
 * @param months how many months back from today it reaches
 * @param casesPerMonth about how many cases each community receives a month
 * @param seed the random seed: the same seed gives the same history
 */
@ConfigurationProperties("shequ.demo-history")
record DemoHistoryProperties(boolean enabled, int months, int casesPerMonth, long seed) {

	DemoHistoryProperties {
		if (months <= 0) {
			months = 12;
		}
		if (casesPerMonth <= 0) {
			casesPerMonth = 40;
		}
	}

}
