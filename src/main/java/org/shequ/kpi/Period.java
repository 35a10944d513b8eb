package org.shequ.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** One month or week of receipt, cut to the queried days: Beijing days, {@code to} exclusive. */
record Period(String key, String label, LocalDate from, LocalDate to) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	/** The months or weeks (Monday to Sunday) that the days from {@code from} up to {@code to} touch. */
	static List<Period> split(LocalDate from, LocalDate to, GroupBy groupBy) {
		List<Period> periods = new ArrayList<>();
		LocalDate start = from;
		while (start.isBefore(to)) {
			LocalDate next = groupBy == GroupBy.WEEK ? start.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
					: start.with(TemporalAdjusters.firstDayOfNextMonth());
			LocalDate end = next.isAfter(to) ? to : next;
			periods.add(groupBy == GroupBy.WEEK ? week(start, end) : month(start, end));
			start = end;
		}
		return periods;
	}

	private static Period month(LocalDate from, LocalDate to) {
		return new Period(MONTH.format(from), from.getYear() + "年" + from.getMonthValue() + "月", from, to);
	}

	private static Period week(LocalDate from, LocalDate to) {
		LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = to.minus(1, ChronoUnit.DAYS);
		return new Period(monday.toString(), from.getMonthValue() + "月" + from.getDayOfMonth() + "日—" + last.getMonthValue()
				+ "月" + last.getDayOfMonth() + "日", from, to);
	}

}
