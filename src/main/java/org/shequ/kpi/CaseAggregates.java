package org.shequ.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The KPI figures as SQL aggregates over {@code shequ_case}, one pass per query, on the columns the
 * case fills when things happen (V8__kpi.sql). Nothing is loaded case by case. The SQL runs unchanged on
 * H2 and PostgreSQL.
 */
@Component
class CaseAggregates {

	static final String OPEN_STATUSES = "('RECEIVED', 'DISPATCHED', 'IN_PROGRESS', 'REOPENED')";

	static final Duration SOON = Duration.ofHours(24);

	/** Every column the figures read: all of them are in the KPI indexes (V11), so none is fetched from the table. */
	private static final String COLUMNS = "community_id, grid_id, assignee, category, status, reopen_count, "
			+ "responded_at, respond_by, resolve_by, first_resolved_at, response_hours, responded_on_time, "
			+ "resolution_days, resolution_working_days, resolved_on_time, callbacks_reached, callbacks_contacted, "
			+ "callbacks_solved, callbacks_satisfied";

	private static final String FIGURES = """
			count(*) as received,
			count(first_resolved_at) as resolved,
			sum(case when status = 'CLOSED' then 1 else 0 end) as closed,
			sum(case when reopen_count > 0 then 1 else 0 end) as reopened,
			sum(callbacks_reached) as callbacks_reached,
			sum(callbacks_contacted) as callbacks_contacted,
			sum(callbacks_solved) as callbacks_solved,
			sum(callbacks_satisfied) as callbacks_satisfied,
			sum(case when first_resolved_at is not null and callbacks_reached = 0 then 1 else 0 end) as without_callback,
			sum(case when responded_on_time = true then 1 else 0 end) as responded_on_time,
			sum(case when responded_on_time is not null or (responded_at is null and respond_by < :now)
			    then 1 else 0 end) as response_due,
			sum(case when resolved_on_time = true then 1 else 0 end) as resolved_on_time,
			sum(case when resolved_on_time is not null or (first_resolved_at is null and resolve_by < :now)
			    then 1 else 0 end) as resolution_due,
			percentile_cont(0.5) within group (order by response_hours) as response_hours_median,
			percentile_cont(0.9) within group (order by response_hours) as response_hours_p90,
			percentile_cont(0.5) within group (order by resolution_days) as resolution_days_median,
			percentile_cont(0.9) within group (order by resolution_days) as resolution_days_p90,
			percentile_cont(0.5) within group (order by resolution_working_days) as resolution_wd_median,
			percentile_cont(0.9) within group (order by resolution_working_days) as resolution_wd_p90,
			sum(case when status in %1$s and ((responded_at is null and respond_by < :now) or resolve_by < :now)
			    then 1 else 0 end) as open_past_deadline,
			sum(case when status in %1$s and ((responded_at is null and respond_by < :soon) or resolve_by < :soon)
			    then 1 else 0 end) as open_at_risk
			""".formatted(OPEN_STATUSES);

	private final NamedParameterJdbcTemplate jdbc;

	CaseAggregates(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A group's key as the query returns it (a period's index, a grid, a worker, a category), with its figures. */
	record Group(String key, KpiFigures figures) {
	}

	List<Group> grouped(KpiQuery query, List<Period> periods, ZoneId zone, Instant now) {
		MapSqlParameterSource parameters = parameters(query, zone, now);
		String key = switch (query.groupBy()) {
			case MONTH, WEEK -> periodIndex(periods, zone, parameters);
			case GRID -> "grid_id";
			case WORKER -> "assignee";
			case CATEGORY -> "category";
		};
		// the key in a derived table: a key with parameters (the periods' ends) cannot be repeated in GROUP BY
		String sql = "select group_key, " + FIGURES + " from (select " + key + " as group_key, " + COLUMNS
				+ " from shequ_case " + where(query) + ") c group by group_key";
		return jdbc.query(sql, parameters, (rs, n) -> new Group(rs.getString("group_key"), figures(rs)));
	}

	KpiFigures total(KpiQuery query, ZoneId zone, Instant now) {
		return jdbc.queryForObject("select " + FIGURES + " from shequ_case " + where(query),
				parameters(query, zone, now), (rs, n) -> figures(rs));
	}

	/** Which of the periods a case was received in, by the periods' ends (the query cuts off the last). */
	private static String periodIndex(List<Period> periods, ZoneId zone, MapSqlParameterSource parameters) {
		if (periods.size() == 1) {
			return "0";
		}
		StringBuilder sql = new StringBuilder("case");
		for (int i = 0; i < periods.size() - 1; i++) {
			sql.append(" when received_at < :end").append(i).append(" then ").append(i);
			parameters.addValue("end" + i, at(periods.get(i).to(), zone));
		}
		return sql.append(" else ").append(periods.size() - 1).append(" end").toString();
	}

	private static String where(KpiQuery query) {
		StringBuilder sql = new StringBuilder("where received_at >= :from and received_at < :to");
		if (!query.allCommunities()) {
			sql.append(" and community_id in (:communities)");
		}
		if (query.grid() != null) {
			sql.append(" and grid_id = :grid");
		}
		if (query.worker() != null) {
			sql.append(" and assignee = :worker");
		}
		return sql.toString();
	}

	private static MapSqlParameterSource parameters(KpiQuery query, ZoneId zone, Instant now) {
		return new MapSqlParameterSource().addValue("from", at(query.from(), zone))
			.addValue("to", at(query.to(), zone))
			.addValue("communities", List.copyOf(query.communities()))
			.addValue("grid", query.grid())
			.addValue("worker", query.worker())
			.addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("soon", now.plus(SOON).atOffset(ZoneOffset.UTC));
	}

	private static OffsetDateTime at(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static KpiFigures figures(ResultSet rs) throws SQLException {
		long resolved = rs.getLong("resolved");
		long reopened = rs.getLong("reopened");
		long reached = rs.getLong("callbacks_reached");
		long contacted = rs.getLong("callbacks_contacted");
		long solved = rs.getLong("callbacks_solved");
		long satisfied = rs.getLong("callbacks_satisfied");
		long respondedOnTime = rs.getLong("responded_on_time");
		long responseDue = rs.getLong("response_due");
		long resolvedOnTime = rs.getLong("resolved_on_time");
		long resolutionDue = rs.getLong("resolution_due");
		long past = rs.getLong("open_past_deadline");
		return new KpiFigures(null, null, rs.getLong("received"), resolved, rs.getLong("closed"), reopened,
				rate(reopened, resolved), reached, contacted, solved, satisfied, rs.getLong("without_callback"),
				rate(contacted, reached), rate(solved, reached), rate(satisfied, reached), respondedOnTime, responseDue,
				rate(respondedOnTime, responseDue), resolvedOnTime, resolutionDue, rate(resolvedOnTime, resolutionDue),
				spread(rs, "response_hours"), spread(rs, "resolution_days"), spread(rs, "resolution_wd"), past,
				rs.getLong("open_at_risk") - past);
	}

	private static KpiFigures.Spread spread(ResultSet rs, String prefix) throws SQLException {
		return new KpiFigures.Spread(round(rs.getObject(prefix + "_median"), 2), round(rs.getObject(prefix + "_p90"), 2));
	}

	static Double rate(long count, long of) {
		return of == 0 ? null : round((double) count / of, 4);
	}

	private static Double round(Object value, int places) {
		if (value == null) {
			return null;
		}
		BigDecimal exact = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
		return exact.setScale(places, RoundingMode.HALF_UP).doubleValue();
	}

}
