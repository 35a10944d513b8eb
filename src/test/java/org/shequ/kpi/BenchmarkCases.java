package org.shequ.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Closed cases for the KPI benchmark, written with bulk SQL straight into the app's database (H2's
 * {@code SYSTEM_RANGE}, PostgreSQL's {@code generate_series}), each with every KPI figure filled, spread
 * evenly over twelve months of receipt, three communities, six grids and workers, six categories. Not
 * chained in the audit trail: a database for measuring, not for auditing. Row {@code n} is received
 * {@code n × step} seconds after the start, so how many fall in a period is known without asking.
 */
final class BenchmarkCases {

	enum Dialect {

		H2("select x as n from system_range(%d, %d)", "dateadd(second, %s, %s)"),
		POSTGRES("select n from generate_series(%d, %d) as n", "(%2$s + (%1$s) * interval '1 second')");

		private final String rows;

		private final String plusSeconds;

		Dialect(String rows, String plusSeconds) {
			this.rows = rows;
			this.plusSeconds = plusSeconds;
		}

		String plusSeconds(String seconds, String timestamp) {
			return plusSeconds.formatted(seconds, timestamp);
		}

	}

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final int BATCH = 100_000;

	private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

	private final Dialect dialect;

	private final int count;

	private final Instant start;

	private final long step;

	/** {@code count} cases received over the twelve months before {@code month}. */
	BenchmarkCases(Dialect dialect, int count, LocalDate month) {
		this.dialect = dialect;
		this.count = count;
		this.start = month.minusMonths(12).atStartOfDay(BEIJING).toInstant();
		this.step = (month.atStartOfDay(BEIJING).toEpochSecond() - start.getEpochSecond()) / count;
	}

	/** How many of the cases were received from {@code from} up to {@code to} (Beijing days). */
	long receivedBetween(LocalDate from, LocalDate to) {
		long first = Math.max(0, ceilDiv(from.atStartOfDay(BEIJING).toEpochSecond() - start.getEpochSecond(), step));
		long end = Math.min(count, ceilDiv(to.atStartOfDay(BEIJING).toEpochSecond() - start.getEpochSecond(), step));
		return Math.max(0, end - first);
	}

	void write(Connection connection) throws SQLException {
		for (int from = 0; from < count; from += BATCH) {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate(insert(from, Math.min(count, from + BATCH) - 1));
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	private String insert(int first, int last) {
		String literal = "timestamp with time zone '" + SQL_TIME.format(start.atOffset(ZoneOffset.UTC)) + "'";
		String received = dialect.plusSeconds("n * " + step, literal);
		String responded = dialect.plusSeconds("(n * " + step + ") + 1800 + mod(n * 7, 30) * 3600", literal);
		String resolved = dialect.plusSeconds("(n * " + step + ") + 43200 + mod(n * 13, 9) * 86400", literal);
		String day = "86400";
		return """
				insert into shequ_case (tracking_number, community_id, grid_id, category, urgent, channel, title, description,
				    reporter_name, reporter_phone, address, status, track, time_class, resolve_within, dispatch, assignee,
				    received_at, received_by, respond_by, resolve_by, responded_at, responded_by, resolved_at, resolved_by,
				    outcome, closed_at, closed_by, close_reason, reopen_count, demo, response_hours, responded_on_time,
				    first_resolved_at, resolution_days, resolution_working_days, resolved_on_time, callbacks_reached,
				    callbacks_contacted, callbacks_solved, callbacks_satisfied, version)
				select 'BENCH-' || n, community, community_code || '-' || grid_no, category, mod(n, 10) = 0, 'PHONE',
				    '基准测试诉求', '基准测试数据', '测试居民', '13900000000', null, 'CLOSED', 'general-handling', 'general',
				    case when category = 'RELIEF' then '15WD' else 'P7D' end, 'grid', worker,
				    received_at, worker, %4$s, %5$s, responded_at, worker, resolved_at, worker,
				    'resolved', %6$s, worker, '回访满意，结案', case when mod(n, 40) = 0 then 1 else 0 end, false,
				    0.5 + mod(n * 7, 30), 0.5 + mod(n * 7, 30) <= 24,
				    resolved_at, case when category = 'RELIEF' then null else 0.5 + mod(n * 13, 9) end,
				    case when category = 'RELIEF' then 1 + mod(n, 20) else null end, 0.5 + mod(n * 13, 9) <= 7,
				    case when mod(n, 25) = 0 then 0 else 1 end,
				    case when mod(n, 25) = 0 or mod(n, 30) = 0 then 0 else 1 end,
				    case when mod(n, 25) = 0 or mod(n, 11) = 0 then 0 else 1 end,
				    case when mod(n, 25) = 0 or mod(n, 9) = 0 then 0 else 1 end, 0
				from (select n,
				        case mod(n, 3) when 0 then 'hongheba' when 1 then 'jiefangqiao' else 'mozijing' end as community,
				        case mod(n, 3) when 0 then 'hhb' when 1 then 'jfq' else 'mzj' end as community_code,
				        1 + mod(n / 3, 2) as grid_no,
				        case mod(n, 3) when 0 then 'hhb' when 1 then 'jfq' else 'mzj' end || 'grid'
				            || case when mod(n, 7) = 0 then 2 - mod(n / 3, 2) else 1 + mod(n / 3, 2) end as worker,
				        case mod(n, 6) when 0 then 'SANITATION' when 1 then 'REPAIR' when 2 then 'CONSULTATION'
				            when 3 then 'DISPUTE' when 4 then 'RELIEF' else 'OTHER' end as category,
				        %1$s as received_at, %2$s as responded_at, %3$s as resolved_at
				      from (%7$s) r) c
				""".formatted(received, responded, resolved, dialect.plusSeconds(day, "received_at"),
				dialect.plusSeconds("7 * " + day, "received_at"), dialect.plusSeconds("2 * " + day, "resolved_at"),
				dialect.rows.formatted(first, last));
	}

	private static long ceilDiv(long a, long b) {
		return Math.floorDiv(a + b - 1, b);
	}

}
