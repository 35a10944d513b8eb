package org.shequ.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.shequ.intake.CaseStatus;
import org.shequ.intake.Category;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases past or near a deadline, nearest deadline first, for the dashboard's table: of the
 * communities, grid and worker asked for, whenever they were received.
 */
@Component
class AtRiskCases {

	static final int LIMIT = 100;

	/** The deadline that matters now: the response one until somebody responded, then the resolution one. */
	private static final String NEXT_DEADLINE = "case when responded_at is null and respond_by is not null "
			+ "and (resolve_by is null or respond_by < resolve_by) then respond_by else resolve_by end";

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final Privileged privileged;

	private final ShequClock clock;

	AtRiskCases(NamedParameterJdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, Privileged privileged,
			ShequClock clock) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.runtime = runtime;
		this.privileged = privileged;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AtRiskCase> list(KpiQuery query) {
		Instant now = clock.now();
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("soon", now.plus(CaseAggregates.SOON).atOffset(ZoneOffset.UTC))
			.addValue("communities", List.copyOf(query.communities()))
			.addValue("grid", query.grid())
			.addValue("worker", query.worker());
		StringBuilder sql = new StringBuilder("select tracking_number, title, category, community_id, grid_id, assignee, "
				+ "status, responded_at, respond_by, resolve_by from shequ_case where status in "
				+ CaseAggregates.OPEN_STATUSES
				+ " and ((responded_at is null and respond_by < :soon) or resolve_by < :soon)");
		if (!query.allCommunities()) {
			sql.append(" and community_id in (:communities)");
		}
		if (query.grid() != null) {
			sql.append(" and grid_id = :grid");
		}
		if (query.worker() != null) {
			sql.append(" and assignee = :worker");
		}
		sql.append(" order by ").append(NEXT_DEADLINE).append(", tracking_number limit ").append(LIMIT);
		List<AtRiskCase> found = jdbc.query(sql.toString(), parameters, (rs, n) -> row(rs, now));
		return withTasks(found);
	}

	private AtRiskCase row(ResultSet rs, Instant now) throws SQLException {
		OffsetDateTime respondBy = rs.getObject("respond_by", OffsetDateTime.class);
		OffsetDateTime resolveBy = rs.getObject("resolve_by", OffsetDateTime.class);
		boolean awaitingResponse = rs.getObject("responded_at") == null && respondBy != null
				&& (resolveBy == null || respondBy.isBefore(resolveBy));
		OffsetDateTime deadline = awaitingResponse ? respondBy : resolveBy;
		Category category = Category.valueOf(rs.getString("category"));
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		return new AtRiskCase(rs.getString("tracking_number"), rs.getString("title"), category.code(), category.label(),
				rs.getString("community_id"), rs.getString("grid_id"), rs.getString("assignee"), status.name(),
				status.label(), awaitingResponse ? "响应" : "办结",
				deadline.toInstant().atZone(clock.zone()).toOffsetDateTime(), deadline.toInstant().isBefore(now), null);
	}

	/** The current task of each case (the first one open, if several), for a link into Tasklist. */
	private List<AtRiskCase> withTasks(List<AtRiskCase> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<String, String> taskByCase = new HashMap<>();
		String[] trackingNumbers = found.stream().map(AtRiskCase::trackingNumber).toArray(String[]::new);
		privileged.run(() -> {
			List<Task> open = tasks.createTaskQuery()
				.processInstanceBusinessKeyIn(trackingNumbers)
				.active()
				.orderByTaskCreateTime()
				.asc()
				.list();
			if (open.isEmpty()) {
				return;
			}
			Map<String, String> businessKeys = new HashMap<>();
			runtime.createProcessInstanceQuery()
				.processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
				.list()
				.forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
			open.forEach(t -> taskByCase.putIfAbsent(businessKeys.get(t.getProcessInstanceId()), t.getId()));
		});
		return found.stream().map(c -> c.withTask(taskByCase.get(c.trackingNumber()))).toList();
	}

}
