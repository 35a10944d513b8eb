package org.shequ.system;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.shequ.calendar.HolidayCalendar;
import org.springframework.stereotype.Component;

/**
 * Working days for every "working days" limit (e.g. {@code 15WD}, the 低保 25 working days). Monday to
 * Friday work and weekends rest, except where the holiday table ({@code working_calendar_day}, kept by
 * the administrator from the State Council's yearly notice) says a day is a public holiday or a
 * make-up workday (调休上班).
 */
@Component
public class WorkingCalendar {

	private final ShequClock clock;

	private final HolidayCalendar holidays;

	public WorkingCalendar(ShequClock clock, HolidayCalendar holidays) {
		this.clock = clock;
		this.holidays = holidays;
	}

	public boolean isWorkingDay(LocalDate day) {
		return holidays.working(day).orElseGet(() -> {
			DayOfWeek dow = day.getDayOfWeek();
			return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
		});
	}

	/** The same time of day, {@code days} working days later (counting starts the day after). */
	public Instant plusWorkingDays(Instant start, int days) {
		ZonedDateTime at = start.atZone(clock.zone());
		int left = days;
		while (left > 0) {
			at = at.plusDays(1);
			if (isWorkingDay(at.toLocalDate())) {
				left--;
			}
		}
		return at.toInstant();
	}

	/**
	 * How many working days were entered after {@code from} up to and including {@code to}'s day, counted
	 * the way {@link #plusWorkingDays} counts: a pause from Friday to Monday spans one working day.
	 */
	public int workingDaysBetween(Instant from, Instant to) {
		LocalDate day = from.atZone(clock.zone()).toLocalDate();
		LocalDate last = to.atZone(clock.zone()).toLocalDate();
		int count = 0;
		while (day.isBefore(last)) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
