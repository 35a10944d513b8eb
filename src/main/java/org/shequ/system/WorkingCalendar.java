package org.shequ.system;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Adds working days to an instant. Weekends are days off; the official holiday calendar with its
 * make-up workdays (调休) is kept as data by the relief track and plugged in through
 * {@link #isWorkingDay(LocalDate)}.
 */
@Component
public class WorkingCalendar {

	private final ShequClock clock;

	public WorkingCalendar(ShequClock clock) {
		this.clock = clock;
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
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

}
