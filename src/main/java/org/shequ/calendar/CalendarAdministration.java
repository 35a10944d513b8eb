package org.shequ.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shequ.security.CurrentUser;
import org.shequ.system.ForbiddenException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.shequ.system.NotFoundException;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads the holiday table for anyone signed in; only the administrator changes it. */
@Service
class CalendarAdministration {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CalendarDayRepository days;

	private final HolidayCalendar calendar;

	private final ShequClock clock;

	CalendarAdministration(CalendarDayRepository days, HolidayCalendar calendar, ShequClock clock) {
		this.days = days;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CalendarDay> year(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidRequestException("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
		}
		return days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional
	CalendarDay put(LocalDate date, DayRequest request, CurrentUser user) {
		requireAdmin(user);
		check(date, request);
		CalendarDay day = days.findById(date).orElseGet(() -> new CalendarDay(date));
		day.set(request.working(), request.holidayName().strip(), request.source().strip(),
				Boolean.TRUE.equals(request.provisional()), user.id(), clock.now());
		CalendarDay saved = days.save(day);
		forgetAfterCommit();
		return saved;
	}

	@Transactional
	void delete(LocalDate date, CurrentUser user) {
		requireAdmin(user);
		CalendarDay day = days.findById(date).orElseThrow(() -> new NotFoundException("no calendar entry for " + date));
		days.delete(day);
		forgetAfterCommit();
	}

	private void forgetAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				calendar.forget();
			}
		});
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("only the administrator changes the working calendar");
		}
	}

	private static void check(LocalDate date, DayRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			problems.add(new FieldProblem("date", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
		}
		if (request.working() == null) {
			problems.add(new FieldProblem("working", "is required: true for a make-up workday, false for a holiday"));
		}
		else if (request.working() && date.getDayOfWeek() != DayOfWeek.SATURDAY
				&& date.getDayOfWeek() != DayOfWeek.SUNDAY) {
			problems.add(new FieldProblem("working", "a make-up workday must be a Saturday or Sunday"));
		}
		text(problems, "holidayName", request.holidayName(), 32);
		text(problems, "source", request.source(), 200);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
		}
		else if (value.strip().codePointCount(0, value.strip().length()) > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	/** A holiday ({@code working=false}) or a make-up workday ({@code working=true}) and the notice it comes from. */
	record DayRequest(Boolean working, String holidayName, String source, Boolean provisional) {
	}

}
