package org.shequ.roster;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/** A moment of the week as people write it ({@code TUESDAY 20:00}) and as the roster counts it (minutes from Monday 00:00). */
final class WeekTime {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private WeekTime() {
	}

	static Optional<DayOfWeek> day(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equalsIgnoreCase(text.strip())).findFirst();
	}

	static Optional<LocalTime> time(String text) {
		if (text == null || !text.strip().matches("\\d{2}:\\d{2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.parse(text.strip(), HH_MM));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	static int minute(DayOfWeek day, LocalTime time) {
		return (day.getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
	}

	static DayOfWeek dayOf(int minuteOfWeek) {
		return DayOfWeek.of(minuteOfWeek % RosterShift.MINUTES_PER_WEEK / (24 * 60) + 1);
	}

	static String timeOf(int minuteOfWeek) {
		int minuteOfDay = minuteOfWeek % RosterShift.MINUTES_PER_WEEK % (24 * 60);
		return HH_MM.format(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
	}

	static String describe(int minuteOfWeek) {
		return dayOf(minuteOfWeek) + " " + timeOf(minuteOfWeek);
	}

}
