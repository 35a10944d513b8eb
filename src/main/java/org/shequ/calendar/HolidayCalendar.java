package org.shequ.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The holiday table in memory: deadlines are computed day by day inside engine transactions, so the
 * table is read once and then again after a change (or every few minutes, for changes made by another
 * node of the app).
 */
@Component
public class HolidayCalendar {

	private static final Duration MAX_AGE = Duration.ofMinutes(5);

	private final CalendarDayRepository days;

	private volatile Snapshot snapshot;

	HolidayCalendar(CalendarDayRepository days) {
		this.days = days;
	}

	/** {@code true} for a make-up workday, {@code false} for a holiday, empty for a day that follows the week. */
	public Optional<Boolean> working(LocalDate day) {
		return Optional.ofNullable(current().working.get(day));
	}

	/** The years for which the table holds at least one day, e.g. 2026 and 2027. */
	public SortedSet<Integer> years() {
		return current().years;
	}

	void forget() {
		snapshot = null;
	}

	/** Wall-clock age on purpose: this is a cache, not a business time, so the engine clock tests move is not used. */
	private Snapshot current() {
		Snapshot now = snapshot;
		if (now == null || now.loadedAt.plus(MAX_AGE).isBefore(Instant.now())) {
			Map<LocalDate, Boolean> working = days.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(CalendarDay::getDate, CalendarDay::isWorking));
			SortedSet<Integer> years = working.keySet()
				.stream()
				.map(LocalDate::getYear)
				.collect(Collectors.toCollection(TreeSet::new));
			now = new Snapshot(working, years, Instant.now());
			snapshot = now;
		}
		return now;
	}

	private record Snapshot(Map<LocalDate, Boolean> working, SortedSet<Integer> years, Instant loadedAt) {
	}

}
