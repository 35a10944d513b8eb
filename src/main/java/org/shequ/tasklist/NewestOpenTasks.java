package org.shequ.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shequ.security.CurrentUser;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the ids of a caseworker's newest open tasks in the engine's tables, in a shape both databases
 * answer from indexes: one branch for the tasks assigned to them, one for those offered to them, one
 * per group of theirs, each taking its own newest {@value CaseworkerTasks#PAGE}. The engine's own query
 * joins every offered task with its authorizations before it can sort, which at 100,000 open tasks
 * takes hundreds of milliseconds. This only finds candidates: the engine then loads them under the
 * caller's authorizations ({@link CaseworkerTasks}).
 * <p>
 * PostgreSQL plans each branch well by itself. H2 always finds a group's tasks by the group and sorts
 * them all, which for a group holding 100,000 tasks takes a second; for a group that large it is told
 * to walk the tasks newest first instead, which finds 50 of them after about 50 rows.
 */
@Component
class NewestOpenTasks {

	/** Camunda's user and group ids are of these characters (its resource id whitelist is narrower still). */
	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** A group with at least this many offered tasks is walked newest first on H2. */
	static final int LARGE_GROUP = 2000;

	private final JdbcTemplate jdbc;

	private volatile Boolean h2;

	NewestOpenTasks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty when an id is not plain enough to be written into the SQL; the caller then asks the engine. */
	Optional<List<String>> of(CurrentUser user, int limit) {
		List<String> ids = new ArrayList<>(user.groups());
		ids.add(user.id());
		if (!ids.stream().allMatch(id -> PLAIN_ID.matcher(id).matches())) {
			return Optional.empty();
		}
		return Optional.of(jdbc.queryForList(sql(user, limit), String.class));
	}

	private boolean onH2() {
		if (h2 == null) {
			h2 = jdbc.execute((ConnectionCallback<Boolean>) connection -> "H2"
				.equals(connection.getMetaData().getDatabaseProductName()));
		}
		return h2;
	}

	private boolean large(String group) {
		Integer offered = jdbc.queryForObject("select count(*) from (select 1 from ACT_RU_IDENTITYLINK where GROUP_ID_ = '"
				+ group + "' and TYPE_ = 'candidate' limit " + LARGE_GROUP + ") OFFERED", Integer.class);
		return offered != null && offered >= LARGE_GROUP;
	}

	/**
	 * The ids are written into the SQL rather than bound, so that PostgreSQL plans each branch for its
	 * own group: a prepared statement's generic plan would be one plan for a group with 300 open tasks
	 * (find them by the group, then sort) and for one with 100,000 (walk the newest tasks until 50 are
	 * found), and one of the two would be slow.
	 */
	private String sql(CurrentUser user, int limit) {
		List<String> branches = new ArrayList<>();
		branches.add("select ID_, CREATE_TIME_ from ACT_RU_TASK where ASSIGNEE_ = '" + user.id() + "'"
				+ " order by CREATE_TIME_ desc limit " + limit);
		branches.add(offered("I.USER_ID_ = '" + user.id() + "'", limit));
		for (String group : user.groups().stream().sorted().toList()) {
			branches.add(onH2() && large(group) ? newestFirst(group, limit) : offered("I.GROUP_ID_ = '" + group + "'", limit));
		}
		return "select ID_ from (" + String.join(" union ", branches.stream().map(b -> "(" + b + ")").toList())
				+ ") NEWEST order by CREATE_TIME_ desc, ID_ desc limit " + limit;
	}

	private static String newestFirst(String group, int limit) {
		return "select RES.ID_, RES.CREATE_TIME_ from ACT_RU_TASK RES USE INDEX (ACT_IDX_TASK_CREATE)"
				+ " where RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_"
				+ " and I.GROUP_ID_ = '" + group + "' and I.TYPE_ = 'candidate') order by RES.CREATE_TIME_ desc limit " + limit;
	}

	private static String offered(String to, int limit) {
		return "select RES.ID_, RES.CREATE_TIME_ from ACT_RU_TASK RES join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"
				+ " where " + to + " and I.TYPE_ = 'candidate' and RES.ASSIGNEE_ is null"
				+ " order by RES.CREATE_TIME_ desc limit " + limit;
	}

}
