package org.shequ.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.intake.Deadlines;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.shequ.system.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;

/** Working-day arithmetic over the official 2026 holidays, as seeded from the State Council's notice. */
@ShequTest
class WorkingCalendarTest {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	HolidayCalendar holidays;

	@Autowired
	Deadlines deadlines;

	@Autowired
	TestCases cases;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({ "2026-01-01, false", "2026-01-04, true", "2026-02-13, true", "2026-02-14, true", "2026-02-15, false",
			"2026-02-17, false", "2026-02-23, false", "2026-02-24, true", "2026-02-28, true", "2026-03-01, false",
			"2026-04-06, false", "2026-05-05, false", "2026-05-09, true", "2026-06-19, false", "2026-09-20, true",
			"2026-09-25, false", "2026-10-01, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true",
			"2026-10-11, false", "2026-12-25, true", "2026-12-26, false" })
	void officialHolidaysAndMakeUpWorkdaysOf2026(LocalDate day, boolean working) {
		assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-02-12T10:00, 1, 2026-02-13T10:00", "2026-02-13T10:00, 1, 2026-02-14T10:00",
			"2026-02-13T10:00, 2, 2026-02-24T10:00", "2026-02-12T10:00, 5, 2026-02-26T10:00",
			"2026-02-14T17:30, 1, 2026-02-24T17:30", "2026-02-27T09:00, 1, 2026-02-28T09:00",
			"2026-02-27T09:00, 2, 2026-03-02T09:00", "2026-02-16T10:00, 1, 2026-02-24T10:00" })
	void aroundTheSpringFestival2026(LocalDateTime start, int days, LocalDateTime expected) {
		assertThat(calendar.plusWorkingDays(beijing(start), days)).isEqualTo(beijing(expected));
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-09-18T10:00, 1, 2026-09-20T10:00", "2026-09-24T10:00, 1, 2026-09-28T10:00",
			"2026-09-30T10:00, 1, 2026-10-08T10:00", "2026-09-30T10:00, 3, 2026-10-10T10:00",
			"2026-10-09T10:00, 1, 2026-10-10T10:00", "2026-10-10T10:00, 1, 2026-10-12T10:00",
			"2026-09-28T10:00, 15, 2026-10-23T10:00" })
	void aroundTheNationalDay2026(LocalDateTime start, int days, LocalDateTime expected) {
		assertThat(calendar.plusWorkingDays(beijing(start), days)).isEqualTo(beijing(expected));
	}

	@Test
	void workingDaysBetweenCountsTheDaysEnteredAfterTheStart() {
		assertThat(calendar.workingDaysBetween(beijing(LocalDateTime.of(2026, 2, 13, 16, 0)),
				beijing(LocalDateTime.of(2026, 2, 24, 9, 0)))).isEqualTo(2);
		assertThat(calendar.workingDaysBetween(beijing(LocalDateTime.of(2026, 9, 30, 9, 0)),
				beijing(LocalDateTime.of(2026, 10, 7, 18, 0)))).isZero();
		assertThat(calendar.workingDaysBetween(beijing(LocalDateTime.of(2026, 3, 2, 9, 0)),
				beijing(LocalDateTime.of(2026, 3, 2, 18, 0)))).isZero();
	}

	@Test
	void theIntakesFifteenWorkingDaysSkipTheNationalDayHoliday() {
		assertThat(deadlines.after(beijing(LocalDateTime.of(2026, 9, 28, 10, 0)), "15WD"))
			.isEqualTo(beijing(LocalDateTime.of(2026, 10, 23, 10, 0)));
		TestCases.setClock(LocalDateTime.of(2026, 9, 28, 10, 0));
		String tn = cases.file(TestCases.request("mozijing", "mzj-1", "relief", false));
		assertThat(cases.kase(tn).getResolveBy()).isEqualTo(beijing(LocalDateTime.of(2026, 10, 23, 10, 0)));
	}

	@Test
	void the2027DaysArePresentAndMarkedProvisional() {
		assertThat(holidays.years()).contains(2026, 2027);
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
	}

	@Test
	void aYearWithoutDataFollowsTheWeek() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 1))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 4))).isFalse();
	}

	static Instant beijing(LocalDateTime time) {
		return time.atZone(TestCases.BEIJING).toInstant();
	}

}
