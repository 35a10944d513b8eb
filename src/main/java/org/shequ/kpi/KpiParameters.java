package org.shequ.kpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.shequ.community.CommunityRepository;
import org.shequ.community.Grid;
import org.shequ.community.GridRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.ForbiddenException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * Checks the parameters of {@code /api/kpi} and its export, and who may ask: a community's secretaries
 * read their community, auditors and the administrator every community; nobody else reads KPIs.
 */
@Component
class KpiParameters {

	static final Set<String> NAMES = Set.of("community", "grid", "worker", "from", "to", "groupBy");

	/** Two years of days at most: enough for a year compared with the one before. */
	static final int MAX_DAYS = 731;

	private static final Pattern USER_ID = Pattern.compile("^[A-Za-z0-9_.@-]{1,64}$");

	private final CommunityRepository communities;

	private final GridRepository grids;

	private final ShequClock clock;

	KpiParameters(CommunityRepository communities, GridRepository grids, ShequClock clock) {
		this.communities = communities;
		this.grids = grids;
		this.clock = clock;
	}

	KpiQuery check(Map<String, String[]> parameters, CurrentUser user) {
		requireReader(user);
		List<FieldProblem> problems = new ArrayList<>();
		parameters.keySet()
			.stream()
			.filter(name -> !NAMES.contains(name))
			.sorted()
			.forEach(name -> problems.add(new FieldProblem(name, "is not a parameter of this endpoint; use "
					+ String.join(", ", NAMES.stream().sorted().toList()))));
		String community = single(parameters, "community", problems);
		String grid = single(parameters, "grid", problems);
		String worker = single(parameters, "worker", problems);
		String groupByCode = single(parameters, "groupBy", problems);
		GroupBy groupBy = groupByCode == null ? GroupBy.MONTH : GroupBy.of(groupByCode).orElse(null);
		if (groupBy == null) {
			problems.add(new FieldProblem("groupBy", "must be one of " + GroupBy.codes()));
		}
		if (community != null && !communities.existsById(community)) {
			problems.add(new FieldProblem("community", "is not a known community"));
			community = null;
		}
		Grid gridRow = grid == null ? null : grids.findById(grid).orElse(null);
		if (grid != null && gridRow == null) {
			problems.add(new FieldProblem("grid", "is not a known grid"));
		}
		else if (gridRow != null && community != null && !gridRow.getCommunityId().equals(community)) {
			problems.add(new FieldProblem("grid", "is not a grid of community " + community));
		}
		if (worker != null && !USER_ID.matcher(worker).matches()) {
			problems.add(new FieldProblem("worker", "must be a user id (letters, digits, _ . @ -, at most 64)"));
		}
		LocalDate to = day(single(parameters, "to", problems), "to", problems);
		LocalDate from = day(single(parameters, "from", problems), "from", problems);
		if (to == null && !has(problems, "to")) {
			to = clock.zonedNow().toLocalDate().with(TemporalAdjusters.firstDayOfNextMonth());
		}
		if (from == null && !has(problems, "from") && to != null) {
			from = to.minusMonths(12).withDayOfMonth(1);
		}
		if (from != null && to != null) {
			if (!from.isBefore(to)) {
				problems.add(new FieldProblem("to", "must be after from (to is exclusive)"));
			}
			else if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
				problems.add(new FieldProblem("from", "must be at most " + MAX_DAYS + " days before to"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Set<String> scope = scope(user, community, gridRow);
		return new KpiQuery(scope, community, grid, worker, from, to, groupBy);
	}

	/** The communities the query covers; empty for all of them. */
	private static Set<String> scope(CurrentUser user, String community, Grid grid) {
		if (community != null) {
			requireCommunity(user, community);
			return Set.of(community);
		}
		if (grid != null) {
			requireCommunity(user, grid.getCommunityId());
			return Set.of(grid.getCommunityId());
		}
		return user.seesAllCommunities() ? Collections.emptySet() : user.communities();
	}

	private static void requireReader(CurrentUser user) {
		if (!user.seesAllCommunities() && !(user.isSupervisor() && !user.communities().isEmpty())) {
			throw new ForbiddenException("KPIs are for community secretaries, auditors and the administrator");
		}
	}

	private static void requireCommunity(CurrentUser user, String community) {
		if (!user.seesAllCommunities() && !user.communities().contains(community)) {
			throw new ForbiddenException("you may read the KPIs of your own community only, not " + community);
		}
	}

	private static String single(Map<String, String[]> parameters, String name, List<FieldProblem> problems) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			problems.add(new FieldProblem(name, "must be given once"));
			return null;
		}
		String value = values[0].strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > 64) {
			problems.add(new FieldProblem(name, "is too long"));
			return null;
		}
		return value;
	}

	private static LocalDate day(String value, String name, List<FieldProblem> problems) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(name, "must be a date like 2026-01-01"));
			return null;
		}
	}

	private static boolean has(List<FieldProblem> problems, String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field));
	}

}
