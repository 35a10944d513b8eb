package org.shequ.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The answer of {@code GET /api/kpi}: what was asked, the figures per group and for all of them. */
record KpiReport(Scope scope, OffsetDateTime computedAt, List<KpiFigures> groups, KpiFigures total) {

	record Scope(List<String> communities, String grid, String worker, LocalDate from, LocalDate to, String groupBy) {
	}

}
