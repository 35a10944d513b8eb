package org.shequ.calendar;

import java.time.LocalDate;
import java.util.List;

import org.shequ.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar: {@code GET /api/calendar/days?year=2026} for everyone signed in;
 * {@code PUT} and {@code DELETE /api/calendar/days/{yyyy-MM-dd}} for the administrator, e.g. to enter
 * next year's State Council notice.
 */
@RestController
@RequestMapping("/api/calendar/days")
class CalendarController {

	private final CalendarAdministration administration;

	CalendarController(CalendarAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	Year year(@RequestParam int year, CurrentUser user) {
		List<Day> days = administration.year(year).stream().map(Day::of).toList();
		return new Year(year, days.stream().anyMatch(Day::provisional), days);
	}

	@PutMapping(path = "/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Day put(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @RequestBody CalendarAdministration.DayRequest request, CurrentUser user) {
		return Day.of(administration.put(date, request, user));
	}

	@DeleteMapping("/{date}")
	ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, CurrentUser user) {
		administration.delete(date, user);
		return ResponseEntity.noContent().build();
	}

	record Year(int year, boolean provisional, List<Day> days) {
	}

	record Day(LocalDate date, boolean working, String holidayName, String source, boolean provisional) {

		static Day of(CalendarDay day) {
			return new Day(day.getDate(), day.isWorking(), day.getHolidayName(), day.getSource(), day.isProvisional());
		}

	}

}
