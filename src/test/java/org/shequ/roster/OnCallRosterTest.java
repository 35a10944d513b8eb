package org.shequ.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo roster: jfqgrid1 and jfqgrid2 alternate day (08–20) and night (20–08) shifts. */
@ShequTest
class OnCallRosterTest {

	@Autowired
	OnCallRoster roster;

	@Autowired
	RosterShiftRepository shifts;

	@Test
	void everyMinuteOfTheWeekHasExactlyOneCadreOnCall() {
		var week = shifts.findByCommunityIdOrderByStartMinute("jiefangqiao");
		for (int minute = 0; minute < RosterShift.MINUTES_PER_WEEK; minute++) {
			int m = minute;
			assertThat(week.stream().filter(s -> s.covers(m)).count()).as("minute %d", m).isEqualTo(1);
		}
	}

	@Test
	void findsTheCadreOnCallByBeijingTime() {
		assertThat(roster.onCallAt("jiefangqiao", at(2026, 12, 2, 10, 0))).contains("jfqgrid1");
		assertThat(roster.onCallAt("jiefangqiao", at(2026, 12, 2, 23, 40))).contains("jfqgrid2");
		assertThat(roster.onCallAt("jiefangqiao", at(2026, 12, 3, 0, 41))).contains("jfqgrid2");
		assertThat(roster.onCallAt("jiefangqiao", at(2026, 12, 3, 8, 0))).contains("jfqgrid2");
		assertThat(roster.onCallAt("jiefangqiao", at(2026, 12, 7, 3, 0))).contains("jfqgrid2");
		assertThat(roster.nextOnCallAfter("jiefangqiao", at(2026, 12, 2, 23, 40))).contains("jfqgrid1");
	}

	private static Instant at(int y, int mo, int d, int h, int mi) {
		return LocalDateTime.of(y, mo, d, h, mi).atZone(TestCases.BEIJING).toInstant();
	}

}
