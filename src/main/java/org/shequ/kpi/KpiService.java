package org.shequ.kpi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shequ.intake.Category;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a KPI report together: the aggregates per group and in total, each group labelled. */
@Service
class KpiService {

	private final CaseAggregates aggregates;

	private final GroupLabels labels;

	private final ShequClock clock;

	KpiService(CaseAggregates aggregates, GroupLabels labels, ShequClock clock) {
		this.aggregates = aggregates;
		this.labels = labels;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	KpiReport report(KpiQuery query) {
		Instant now = clock.now();
		ZoneId zone = clock.zone();
		List<Period> periods = query.groupBy().isPeriod() ? Period.split(query.from(), query.to(), query.groupBy())
				: List.of();
		List<CaseAggregates.Group> rows = aggregates.grouped(query, periods, zone, now);
		List<KpiFigures> groups = query.groupBy().isPeriod() ? byPeriod(rows, periods) : byKey(rows, query.groupBy());
		// one period's group is the total: the monthly call needs one pass, not two
		KpiFigures total = (periods.size() == 1 ? groups.get(0) : aggregates.total(query, zone, now)).labelled("total",
				"合计");
		KpiReport.Scope scope = new KpiReport.Scope(query.communities().stream().sorted().toList(), query.grid(),
				query.worker(), query.from(), query.to(), query.groupBy().code());
		return new KpiReport(scope, now.atZone(zone).toOffsetDateTime(), groups, total);
	}

	/** Every period, also those without cases, so a chart over months has no holes. */
	private static List<KpiFigures> byPeriod(List<CaseAggregates.Group> rows, List<Period> periods) {
		Map<String, KpiFigures> found = new HashMap<>();
		rows.forEach(r -> found.put(r.key(), r.figures()));
		List<KpiFigures> groups = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			Period period = periods.get(i);
			KpiFigures figures = found.get(Integer.toString(i));
			groups.add(figures == null ? KpiFigures.none(period.key(), period.label())
					: figures.labelled(period.key(), period.label()));
		}
		return groups;
	}

	private List<KpiFigures> byKey(List<CaseAggregates.Group> rows, GroupBy groupBy) {
		Map<String, String> names = labels.of(groupBy, rows.stream().map(CaseAggregates.Group::key).toList());
		return rows.stream()
			.map(r -> r.figures().labelled(key(groupBy, r.key()), names.get(r.key())))
			.sorted(Comparator.comparing(KpiFigures::key))
			.toList();
	}

	/** Categories by the codes the API takes (dispute, repair, ...); no worker yet is the empty key. */
	private static String key(GroupBy groupBy, String key) {
		if (key == null) {
			return "";
		}
		return groupBy == GroupBy.CATEGORY ? Category.valueOf(key).code() : key;
	}

}
