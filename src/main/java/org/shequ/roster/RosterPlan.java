package org.shequ.roster;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;

/**
 * Checks a whole week's roster before it replaces the old one: every shift names a member of the
 * community's staff and a real start and end, and together the shifts cover the week exactly once. A
 * gap (nobody on call) or an overlap (two cadres at once) is named with its days and times.
 */
final class RosterPlan {

	static final int MAX_SHIFTS = 200;

	private RosterPlan() {
	}

	static List<RosterShift> check(String community, List<RosterViews.Shift> shifts, Predicate<String> isStaff) {
		if (shifts == null || shifts.isEmpty()) {
			throw new InvalidRequestException("shifts", "must cover the whole week: nobody would be on call");
		}
		if (shifts.size() > MAX_SHIFTS) {
			throw new InvalidRequestException("shifts", "at most " + MAX_SHIFTS + " shifts");
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<RosterShift> plan = new ArrayList<>();
		for (int i = 0; i < shifts.size(); i++) {
			RosterShift shift = shift(community, i, shifts.get(i), isStaff, problems);
			if (shift != null) {
				plan.add(shift);
			}
		}
		if (problems.isEmpty()) {
			problems.addAll(coverage(plan));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return plan;
	}

	private static RosterShift shift(String community, int i, RosterViews.Shift shift, Predicate<String> isStaff,
			List<FieldProblem> problems) {
		String at = "shifts[" + i + "]";
		if (shift == null) {
			problems.add(new FieldProblem(at, "is missing"));
			return null;
		}
		int before = problems.size();
		if (shift.userId() == null || shift.userId().isBlank()) {
			problems.add(new FieldProblem(at + ".userId", "is required"));
		}
		else if (shift.userId().length() > 64 || !isStaff.test(shift.userId())) {
			problems.add(new FieldProblem(at + ".userId", "is not a caseworker or secretary of " + community));
		}
		Optional<DayOfWeek> startDay = day(at + ".startDay", shift.startDay(), problems);
		Optional<LocalTime> startTime = time(at + ".startTime", shift.startTime(), problems);
		Optional<DayOfWeek> endDay = day(at + ".endDay", shift.endDay(), problems);
		Optional<LocalTime> endTime = time(at + ".endTime", shift.endTime(), problems);
		if (problems.size() > before) {
			return null;
		}
		int start = WeekTime.minute(startDay.orElseThrow(), startTime.orElseThrow());
		int end = WeekTime.minute(endDay.orElseThrow(), endTime.orElseThrow());
		if (start == end) {
			problems.add(new FieldProblem(at, "starts and ends at the same moment (" + WeekTime.describe(start) + ")"));
			return null;
		}
		return new RosterShift(community, shift.userId(), start, end);
	}

	private static Optional<DayOfWeek> day(String field, String text, List<FieldProblem> problems) {
		Optional<DayOfWeek> day = WeekTime.day(text);
		if (day.isEmpty()) {
			problems.add(new FieldProblem(field, "must be a day of the week: MONDAY … SUNDAY"));
		}
		return day;
	}

	private static Optional<LocalTime> time(String field, String text, List<FieldProblem> problems) {
		Optional<LocalTime> time = WeekTime.time(text);
		if (time.isEmpty()) {
			problems.add(new FieldProblem(field, "must be a time of day HH:mm, 00:00 to 23:59"));
		}
		return time;
	}

	/** One piece of a shift within the week; a shift over Sunday midnight is two pieces. */
	private record Piece(int start, int end, int shift) {
	}

	private record Span(int start, int end) {
	}

	static List<FieldProblem> coverage(List<RosterShift> plan) {
		List<Piece> pieces = new ArrayList<>();
		for (int i = 0; i < plan.size(); i++) {
			RosterShift s = plan.get(i);
			if (s.getEndMinute() > s.getStartMinute()) {
				pieces.add(new Piece(s.getStartMinute(), s.getEndMinute(), i));
			}
			else {
				pieces.add(new Piece(s.getStartMinute(), RosterShift.MINUTES_PER_WEEK, i));
				if (s.getEndMinute() > 0) {
					pieces.add(new Piece(0, s.getEndMinute(), i));
				}
			}
		}
		pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));

		List<Span> gaps = new ArrayList<>();
		List<FieldProblem> overlaps = new ArrayList<>();
		int covered = 0;
		int owner = -1;
		for (Piece piece : pieces) {
			if (piece.start() > covered) {
				gaps.add(new Span(covered, piece.start()));
			}
			else if (piece.start() < covered && owner != piece.shift()) {
				int until = Math.min(piece.end(), covered);
				RosterShift a = plan.get(owner);
				RosterShift b = plan.get(piece.shift());
				overlaps.add(new FieldProblem("shifts", "overlap: shifts[" + owner + "] (" + a.getUserId() + ") and shifts["
						+ piece.shift() + "] (" + b.getUserId() + ") are both on call from " + WeekTime.describe(piece.start())
						+ " to " + WeekTime.describe(until)));
			}
			if (piece.end() > covered) {
				covered = piece.end();
				owner = piece.shift();
			}
		}
		if (covered < RosterShift.MINUTES_PER_WEEK) {
			gaps.add(new Span(covered, RosterShift.MINUTES_PER_WEEK));
		}
		if (gaps.size() > 1 && gaps.get(0).start() == 0
				&& gaps.get(gaps.size() - 1).end() == RosterShift.MINUTES_PER_WEEK) {
			Span overMidnight = new Span(gaps.get(gaps.size() - 1).start(), gaps.get(0).end());
			gaps.remove(gaps.size() - 1);
			gaps.set(0, overMidnight);
		}
		List<FieldProblem> problems = new ArrayList<>();
		gaps.stream()
			.sorted(Comparator.comparingInt(Span::start))
			.forEach(g -> problems.add(new FieldProblem("shifts", "gap: nobody is on call from "
					+ WeekTime.describe(g.start()) + " to " + WeekTime.describe(g.end()))));
		problems.addAll(overlaps);
		return problems;
	}

}
