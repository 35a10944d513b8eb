package org.shequ.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.BasicAuthClient;
import org.shequ.support.ShequTest;
import org.shequ.system.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** The holiday table over HTTP: everyone signed in reads it, only the administrator changes it. */
@ShequTest
class CalendarApiTest {

	static final String DAY = "/api/calendar/days/2030-10-08";

	@LocalServerPort
	int port;

	@Autowired
	WorkingCalendar calendar;

	BasicAuthClient api;

	@BeforeEach
	void client() {
		api = new BasicAuthClient(port);
	}

	@AfterEach
	void removeTestDay() {
		api.delete("admin", DAY);
	}

	@Test
	void staffReadTheOfficialYearAndSeeWhichYearsAreProvisional() {
		BasicAuthClient.Response year = api.get("hhbgrid1", "/api/calendar/days?year=2026");
		assertThat(year.status()).isEqualTo(200);
		JsonNode body = year.json();
		assertThat(body.get("provisional").asBoolean()).isFalse();
		assertThat(body.get("days")).hasSize(39);
		assertThat(body.get("days").get(0).get("date").asText()).isEqualTo("2026-01-01");
		assertThat(body.get("days").get(0).get("holidayName").asText()).isEqualTo("元旦");
		assertThat(body.get("days").get(0).get("source").asText()).contains("2026年部分节假日安排");

		assertThat(api.get("auditor", "/api/calendar/days?year=2027").json().get("provisional").asBoolean()).isTrue();
		assertThat(api.get("hhbgrid1", "/api/calendar/days?year=1999").status()).isEqualTo(400);
		assertThat(api.get(null, "/api/calendar/days?year=2026").status()).isEqualTo(401);
	}

	@Test
	void administratorAddsAHolidayThatEveryWorkingDayLimitThenSkips() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 8))).isTrue();

		BasicAuthClient.Response put = api.put("admin", DAY,
				"{\"working\":false,\"holidayName\":\"国庆节\",\"source\":\"国务院办公厅关于2030年部分节假日安排的通知\"}");

		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("working").asBoolean()).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 8))).isFalse();
		assertThat(api.get("hhbgrid1", "/api/calendar/days?year=2030").json().get("days")).hasSize(1);

		assertThat(api.delete("admin", DAY).status()).isEqualTo(204);
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 8))).isTrue();
		assertThat(api.delete("admin", DAY).status()).isEqualTo(404);
	}

	@Test
	void onlyTheAdministratorChangesTheCalendar() {
		String holiday = "{\"working\":false,\"holidayName\":\"国庆节\",\"source\":\"通知\"}";
		assertThat(api.put("hhbsup", DAY, holiday).status()).isEqualTo(403);
		assertThat(api.put("auditor", DAY, holiday).status()).isEqualTo(403);
		assertThat(api.delete("hhbgrid1", "/api/calendar/days/2026-10-01").status()).isEqualTo(403);
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 8))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void badEntriesAreRefusedAndChangeNothing() {
		BasicAuthClient.Response weekdayWorkday = api.put("admin", DAY,
				"{\"working\":true,\"holidayName\":\"调休\",\"source\":\"通知\"}");
		assertThat(weekdayWorkday.status()).isEqualTo(400);
		assertThat(weekdayWorkday.body()).contains("Saturday or Sunday");
		BasicAuthClient.Response missing = api.put("admin", DAY, "{\"working\":false}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors")).hasSize(2);
		assertThat(api.put("admin", "/api/calendar/days/2030-13-01",
				"{\"working\":false,\"holidayName\":\"x\",\"source\":\"y\"}").status()).isEqualTo(400);
		assertThat(api.put("admin", DAY, "{\"working\":\"no\",\"holidayName\":\"x\",\"source\":\"y\"}").status())
			.isEqualTo(400);
		assertThat(api.put("admin", DAY, "{\"working\":false,\"holidayName\":\"x\",\"source\":\"y\",\"extra\":1}")
			.status()).isEqualTo(400);
		assertThat(api.get("hhbgrid1", "/api/calendar/days?year=2030").json().get("days")).isEmpty();
	}

}
