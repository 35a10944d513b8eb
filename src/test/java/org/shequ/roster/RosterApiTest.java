package org.shequ.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GET and PUT /api/communities/{id}/roster over HTTP: reading, replacing, refusing bad weeks and strangers. */
@ShequTest
class RosterApiTest {

	static final String MOZIJING = "/api/communities/mozijing/roster";

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	RosterShiftRepository shifts;

	@Autowired
	OnCallRoster roster;

	@Autowired
	TransactionTemplate transaction;

	final HttpClient http = HttpClient.newHttpClient();

	List<RosterShift> demoRoster;

	@BeforeEach
	void keepTheDemoRoster() {
		demoRoster = shifts.findByCommunityIdOrderByStartMinute("mozijing")
			.stream()
			.map(s -> new RosterShift(s.getCommunityId(), s.getUserId(), s.getStartMinute(), s.getEndMinute()))
			.toList();
	}

	@AfterEach
	void restoreTheDemoRoster() {
		transaction.executeWithoutResult(status -> {
			shifts.deleteByCommunityId("mozijing");
			shifts.flush();
			shifts.saveAll(demoRoster);
		});
	}

	@Test
	void theSecretaryReadsWhoIsOnCallFromWhenToWhen() throws Exception {
		HttpResponse<String> response = send("jfqsup", "GET", "/api/communities/jiefangqiao/roster", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode week = json.readTree(response.body());
		assertThat(week.path("community").asText()).isEqualTo("jiefangqiao");
		assertThat(week.path("shifts")).hasSize(14);
		assertThat(json.convertValue(week.path("shifts").get(0), Map.class)).containsEntry("userId", "jfqgrid1")
			.containsEntry("name", "刘海燕")
			.containsEntry("startDay", "MONDAY")
			.containsEntry("startTime", "08:00")
			.containsEntry("endDay", "MONDAY")
			.containsEntry("endTime", "20:00");
		assertThat(json.convertValue(week.path("shifts").get(13), Map.class)).containsEntry("startDay", "SUNDAY")
			.containsEntry("startTime", "20:00")
			.containsEntry("endDay", "MONDAY")
			.containsEntry("endTime", "08:00");
	}

	@Test
	void theCommunitysOwnStaffAndAuditorsReadItOthersGet403() throws Exception {
		assertThat(send("jfqgrid2", "GET", "/api/communities/jiefangqiao/roster", null).statusCode()).isEqualTo(200);
		assertThat(send("auditor", "GET", "/api/communities/jiefangqiao/roster", null).statusCode()).isEqualTo(200);
		HttpResponse<String> otherSecretary = send("hhbsup", "GET", "/api/communities/jiefangqiao/roster", null);
		assertThat(otherSecretary.statusCode()).isEqualTo(403);
		assertThat(otherSecretary.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");
		assertThat(send("hhbgrid1", "GET", "/api/communities/jiefangqiao/roster", null).statusCode()).isEqualTo(403);
		assertThat(send("jfqsup", "GET", "/api/communities/nowhere/roster", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theSecretaryReplacesTheWeekAndDispatchFollowsAtOnce() throws Exception {
		List<Map<String, String>> week = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			week.add(shift("mzjgrid1", day, "08:00", day, "18:00"));
			week.add(shift("mzjgrid2", day, "18:00", next(day), "08:00"));
		}
		week.add(shift("mzjsup", "SATURDAY", "08:00", "MONDAY", "08:00"));

		HttpResponse<String> response = send("mzjsup", "PUT", MOZIJING, Map.of("shifts", week));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode saved = json.readTree(response.body());
		assertThat(saved.path("shifts")).hasSize(11);
		assertThat(saved.path("shifts").get(10).path("name").asText()).isEqualTo("孙桂英");
		assertThat(roster.onCallAt("mozijing", at(2026, 12, 5, 10, 0))).contains("mzjsup");
		assertThat(roster.onCallAt("mozijing", at(2026, 12, 2, 17, 59))).contains("mzjgrid1");
		assertThat(roster.onCallAt("mozijing", at(2026, 12, 2, 18, 0))).contains("mzjgrid2");
		assertThat(json.readTree(send("mzjgrid1", "GET", MOZIJING, null).body())).isEqualTo(saved);
	}

	@Test
	void whatGetAnswersCanBeSentBackUnchanged() throws Exception {
		JsonNode current = json.readTree(send("mzjsup", "GET", MOZIJING, null).body());

		HttpResponse<String> response = send("mzjsup", "PUT", MOZIJING, current);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body())).isEqualTo(current);
	}

	@Test
	void aGapIsRefusedWithItsDaysAndTimesAndChangesNothing() throws Exception {
		JsonNode current = json.readTree(send("mzjsup", "GET", MOZIJING, null).body());
		List<Object> week = json.convertValue(current.path("shifts"), List.class);
		week.remove(5);

		HttpResponse<String> response = send("mzjsup", "PUT", MOZIJING, Map.of("shifts", week));

		assertProblem(response, 400, "shifts", "gap: nobody is on call from WEDNESDAY 20:00 to THURSDAY 08:00");
		assertThat(json.readTree(send("mzjsup", "GET", MOZIJING, null).body())).isEqualTo(current);
	}

	@Test
	void anOverlapIsRefusedNamingBothShifts() throws Exception {
		List<Object> week = json.convertValue(json.readTree(send("mzjsup", "GET", MOZIJING, null).body()).path("shifts"),
				List.class);
		week.set(0, shift("mzjgrid1", "MONDAY", "07:00", "MONDAY", "20:00"));

		HttpResponse<String> response = send("mzjsup", "PUT", MOZIJING, Map.of("shifts", week));

		assertProblem(response, 400, "shifts",
				"overlap: shifts[13] (mzjgrid2) and shifts[0] (mzjgrid1) are both on call from MONDAY 07:00 to MONDAY 08:00");
	}

	@Test
	void onlyTheCommunitysStaffCanBeOnCall() throws Exception {
		List<Object> week = json.convertValue(json.readTree(send("mzjsup", "GET", MOZIJING, null).body()).path("shifts"),
				List.class);
		week.set(3, shift("hhbgrid1", "TUESDAY", "20:00", "WEDNESDAY", "08:00"));

		assertProblem(send("mzjsup", "PUT", MOZIJING, Map.of("shifts", week)), 400, "shifts[3].userId",
				"is not a caseworker or secretary of mozijing");
	}

	@Test
	void malformedShiftsAreRefused() throws Exception {
		assertProblem(send("mzjsup", "PUT", MOZIJING, Map.of("shifts", List.of())), 400, "shifts",
				"must cover the whole week: nobody would be on call");
		assertProblem(send("mzjsup", "PUT", MOZIJING,
				Map.of("shifts", List.of(shift("mzjgrid1", "MONDAY", "8 o'clock", "SUNDAY", "24:00")))), 400,
				"shifts[0].startTime", "must be a time of day HH:mm, 00:00 to 23:59");
		assertProblem(send("mzjsup", "PUT", MOZIJING, Map.of("community", "hongheba", "shifts", List.of())), 400,
				"community", "must be mozijing or left out");
		assertProblem(send("mzjsup", "PUT", MOZIJING, Map.of("shifts", List.of(), "owner", "x")), 400, "owner",
				"is not a known field");
	}

	@Test
	void caseworkersAndOtherSecretariesMayNotEditIt() throws Exception {
		JsonNode current = json.readTree(send("mzjsup", "GET", MOZIJING, null).body());

		assertProblem(send("mzjgrid1", "PUT", MOZIJING, current), 403, null, null);
		assertProblem(send("jfqsup", "PUT", MOZIJING, current), 403, null, null);
		assertProblem(send("hhbgrid1", "PUT", MOZIJING, current), 403, null, null);
		assertThat(send("mzjsup", "PUT", "/api/communities/nowhere/roster", current).statusCode()).isEqualTo(404);
		assertThat(json.readTree(send("mzjsup", "GET", MOZIJING, null).body())).isEqualTo(current);
	}

	private void assertProblem(HttpResponse<String> response, int status, String field, String message)
			throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		if (field != null) {
			JsonNode errors = json.readTree(response.body()).path("errors");
			assertThat(errors.findValuesAsText("field")).contains(field);
			assertThat(errors.findValuesAsText("message")).contains(message);
		}
	}

	private static Map<String, String> shift(String user, String startDay, String startTime, String endDay,
			String endTime) {
		return Map.of("userId", user, "startDay", startDay, "startTime", startTime, "endDay", endDay, "endTime",
				endTime);
	}

	private static String next(String day) {
		return java.time.DayOfWeek.valueOf(day).plus(1).name();
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TestCases.BEIJING).toInstant();
	}

	private HttpResponse<String> send(String user, String method, String path, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
