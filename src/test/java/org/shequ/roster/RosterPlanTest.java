package org.shequ.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;

/** A week's roster must cover every minute exactly once. */
class RosterPlanTest {

	static final String[] DAYS = { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" };

	@Test
	void dayAndNightShiftsEveryDayCoverTheWeek() {
		List<RosterShift> plan = RosterPlan.check("jiefangqiao", demoWeek(), u -> true);

		assertThat(plan).hasSize(14);
		assertThat(plan.get(13).getStartMinute()).isEqualTo(6 * 1440 + 20 * 60);
		assertThat(plan.get(13).getEndMinute()).isEqualTo(8 * 60);
	}

	@Test
	void aMissingNightOverSundayMidnightIsOneGap() {
		List<RosterViews.Shift> week = demoWeek().subList(0, 13);

		assertThat(problems(week)).containsExactly("gap: nobody is on call from SUNDAY 20:00 to MONDAY 08:00");
	}

	@Test
	void anOverlapNamesBothShiftsAndTheTime() {
		List<RosterViews.Shift> week = demoWeek();
		week.set(2, shift("jfqgrid1", "TUESDAY", "07:00", "TUESDAY", "20:00"));

		assertThat(problems(week)).containsExactly(
				"overlap: shifts[1] (jfqgrid2) and shifts[2] (jfqgrid1) are both on call from TUESDAY 07:00 to TUESDAY 08:00");
	}

	@Test
	void gapsAndOverlapsAreAllReported() {
		List<RosterViews.Shift> week = demoWeek();
		week.set(4, shift("jfqgrid1", "WEDNESDAY", "09:00", "WEDNESDAY", "21:00"));

		assertThat(problems(week)).containsExactly("gap: nobody is on call from WEDNESDAY 08:00 to WEDNESDAY 09:00",
				"overlap: shifts[4] (jfqgrid1) and shifts[5] (jfqgrid2) are both on call from WEDNESDAY 20:00 to WEDNESDAY 21:00");
	}

	@Test
	void oneShiftAllWeekButOneMinuteLeavesAGap() {
		assertThat(problems(List.of(shift("a", "MONDAY", "00:00", "SUNDAY", "23:59"))))
			.containsExactly("gap: nobody is on call from SUNDAY 23:59 to MONDAY 00:00");
	}

	@Test
	void aShiftOverSundayMidnightOverlappingMondayMorningIsFound() {
		List<RosterViews.Shift> week = List.of(shift("a", "SUNDAY", "20:00", "MONDAY", "09:00"),
				shift("b", "MONDAY", "08:00", "SUNDAY", "20:00"));

		assertThat(problems(week)).containsExactly(
				"overlap: shifts[0] (a) and shifts[1] (b) are both on call from MONDAY 08:00 to MONDAY 09:00");
	}

	@Test
	void badShiftsAreNamedFieldByField() {
		List<RosterViews.Shift> week = List.of(shift("stranger", "MONDAY", "08:00", "MONDAY", "20:00"),
				shift("a", "FUNDAY", "25:00", "MONDAY", "8:00"), shift("a", "MONDAY", "08:00", "MONDAY", "08:00"));

		assertThat(refused(week).problems()).extracting(FieldProblem::field)
			.containsExactly("shifts[0].userId", "shifts[1].startDay", "shifts[1].startTime", "shifts[1].endTime",
					"shifts[2]");
	}

	@Test
	void anEmptyRosterIsRefused() {
		assertThat(problems(List.of())).containsExactly("must cover the whole week: nobody would be on call");
	}

	/** The demo roster: day shifts 08:00–20:00 and night shifts 20:00–08:00, two cadres alternating. */
	static List<RosterViews.Shift> demoWeek() {
		List<RosterViews.Shift> week = new ArrayList<>();
		for (int d = 0; d < 7; d++) {
			String day = d % 2 == 0 ? "jfqgrid1" : "jfqgrid2";
			String night = d % 2 == 0 ? "jfqgrid2" : "jfqgrid1";
			week.add(shift(day, DAYS[d], "08:00", DAYS[d], "20:00"));
			week.add(shift(night, DAYS[d], "20:00", DAYS[(d + 1) % 7], "08:00"));
		}
		return week;
	}

	static RosterViews.Shift shift(String user, String startDay, String startTime, String endDay, String endTime) {
		return new RosterViews.Shift(user, null, startDay, startTime, endDay, endTime);
	}

	private static List<String> problems(List<RosterViews.Shift> week) {
		return refused(week).problems().stream().map(FieldProblem::message).toList();
	}

	private static InvalidRequestException refused(List<RosterViews.Shift> week) {
		InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
				() -> RosterPlan.check("jiefangqiao", week, u -> !u.equals("stranger")));
		assertThat(refused).as("roster refused").isNotNull();
		return refused;
	}

}
