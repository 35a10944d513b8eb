package org.shequ.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shequ.system.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Time limits as the triage table writes them: an ISO-8601 duration ({@code PT1H}, {@code P7D}) or a
 * number of working days ({@code 15WD}), which follows the working calendar.
 */
@Component
public class Deadlines {

	private static final Pattern WORKING_DAYS = Pattern.compile("^(\\d{1,3})WD$");

	private final WorkingCalendar calendar;

	Deadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public Instant after(Instant start, String limit) {
		Matcher workingDays = WORKING_DAYS.matcher(limit);
		if (workingDays.matches()) {
			return calendar.plusWorkingDays(start, Integer.parseInt(workingDays.group(1)));
		}
		return start.plus(Duration.parse(limit));
	}

	public static boolean isValid(String limit) {
		if (limit == null) {
			return false;
		}
		if (WORKING_DAYS.matcher(limit).matches()) {
			return true;
		}
		try {
			return !Duration.parse(limit).isNegative();
		}
		catch (RuntimeException e) {
			return false;
		}
	}

}
