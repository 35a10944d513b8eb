package org.shequ.repair;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.shequ.system.ShequClock;
import org.shequ.system.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The half-day slots the volunteer team repairs in: Saturday and Sunday mornings and afternoons of the
 * coming weekends, leaving out weekend days that are official make-up working days (调休).
 */
@Component
class WeekendSlots {

	static final List<LocalTime> STARTS = List.of(LocalTime.of(9, 0), LocalTime.of(14, 0));

	static final Duration LENGTH = Duration.ofHours(3);

	private static final int MAX_WEEKS = 8;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private final WorkingCalendar calendar;

	private final ShequClock clock;

	private final RepairProperties properties;

	WeekendSlots(WorkingCalendar calendar, ShequClock clock, RepairProperties properties) {
		this.calendar = calendar;
		this.clock = clock;
		this.properties = properties;
	}

	/** Slots from tomorrow on, over the configured number of weekends (later ones if those are all workdays). */
	List<LocalDateTime> offeredAfter(Instant now) {
		LocalDate first = now.atZone(clock.zone()).toLocalDate().plusDays(1);
		List<LocalDateTime> slots = new ArrayList<>();
		for (int week = 0; week < MAX_WEEKS && (week < properties.weekendsOffered() || slots.isEmpty()); week++) {
			for (int d = 0; d < 7; d++) {
				LocalDate day = first.plusDays(week * 7L + d);
				if (isWeekendRestDay(day)) {
					STARTS.forEach(start -> slots.add(day.atTime(start)));
				}
			}
		}
		if (slots.isEmpty()) {
			throw new IllegalStateException("no weekend rest day in the next " + MAX_WEEKS + " weeks");
		}
		return slots;
	}

	Instant start(LocalDateTime slot) {
		return slot.atZone(clock.zone()).toInstant();
	}

	String label(LocalDateTime slot) {
		String half = slot.getHour() < 12 ? "上午" : "下午";
		return DAY.format(slot) + "（" + weekday(slot.getDayOfWeek()) + "）" + half + " " + HOUR.format(slot) + "–"
				+ HOUR.format(slot.plus(LENGTH));
	}

	private boolean isWeekendRestDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) && !calendar.isWorkingDay(day);
	}

	private static String weekday(DayOfWeek dow) {
		return dow == DayOfWeek.SATURDAY ? "周六" : dow == DayOfWeek.SUNDAY ? "周日" : "周" + "一二三四五".charAt(dow.getValue() - 1);
	}

}
