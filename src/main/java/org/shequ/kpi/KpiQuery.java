package org.shequ.kpi;

import java.time.LocalDate;
import java.util.Set;

/**
 * A checked KPI request: cases received on the Beijing days from {@code from} up to {@code to}
 * (exclusive), of these communities (the caller's, or the one asked for), optionally of one grid or one
 * worker, split by {@code groupBy}.
 */
record KpiQuery(Set<String> communities, String community, String grid, String worker, LocalDate from,
		LocalDate to, GroupBy groupBy) {

	/** Every community: only for callers who see them all and asked for none. */
	boolean allCommunities() {
		return communities.isEmpty();
	}

}
