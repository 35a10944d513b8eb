package org.shequ.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every KPI figure over the hand-made data set of {@link HandMadeCases}, worked out by hand: a
 * reopened case, a case without callback, a case received in January and resolved in February (it
 * counts for January, when it was received), a working-day limit, a month without callbacks, open cases
 * past and near their deadlines.
 */
@ShequTest
class KpiArithmeticTest extends HandMadeKpiTest {

	static final String QUARTER = "/api/kpi?community=mozijing&from=2024-01-01&to=2024-04-01";

	@Test
	void januaryWithAReopenedCaseAndOneNotCalledBack() {
		JsonNode january = group(report(QUARTER + "&groupBy=month"), "2024-01");
		assertThat(january.get("label").asText()).isEqualTo("2024年1月");
		assertCounts(january, 3, 3, 2, 1);
		assertThat(january.get("reopenRate").asDouble()).isEqualTo(0.3333);
		assertCallbacks(january, 3, 3, 2, 2, 1);
		assertThat(january.get("responseRate").asDouble()).isEqualTo(1.0);
		assertThat(january.get("resolutionRate").asDouble()).isEqualTo(0.6667);
		assertThat(january.get("satisfactionRate").asDouble()).isEqualTo(0.6667);
		assertOnTime(january, 2, 3, 2, 3);
		assertThat(january.get("onTimeResponseRate").asDouble()).isEqualTo(0.6667);
		assertThat(january.get("onTimeResolutionRate").asDouble()).isEqualTo(0.6667);
		// response hours 2, 2, 9: p90 interpolates 2 + 0.8 × 7
		assertSpread(january.get("responseHours"), 2.0, 7.6);
		// days to the first resolution 2, 2 (B's, before it was reopened), 5
		assertSpread(january.get("resolutionDays"), 2.0, 4.4);
		assertSpread(january.get("resolutionWorkingDays"), null, null);
		assertOpen(january, 0, 0);
	}

	@Test
	void februaryWithAWorkingDayLimit() {
		JsonNode february = group(report(QUARTER + "&groupBy=month"), "2024-02");
		assertCounts(february, 1, 1, 1, 0);
		assertThat(february.get("reopenRate").asDouble()).isEqualTo(0.0);
		assertCallbacks(february, 1, 0, 1, 1, 0);
		assertThat(february.get("responseRate").asDouble()).isEqualTo(0.0);
		assertThat(february.get("resolutionRate").asDouble()).isEqualTo(1.0);
		assertThat(february.get("satisfactionRate").asDouble()).isEqualTo(1.0);
		assertOnTime(february, 1, 1, 1, 1);
		assertSpread(february.get("responseHours"), 24.0, 24.0);
		assertSpread(february.get("resolutionDays"), null, null);
		// 5 Feb (Mon) to 20 Feb: 6–9, 12–16, 19–20 February
		assertSpread(february.get("resolutionWorkingDays"), 11.0, 11.0);
	}

	@Test
	void marchWithoutCallbacksAndWithOpenCasesAtRisk() {
		JsonNode march = group(report(QUARTER + "&groupBy=month"), "2024-03");
		assertCounts(march, 3, 0, 0, 0);
		assertThat(march.get("reopenRate").isNull()).as("no resolved case to reopen").isTrue();
		assertCallbacks(march, 0, 0, 0, 0, 0);
		assertThat(march.get("responseRate").isNull()).as("no callback: no rate, not 0 %").isTrue();
		assertThat(march.get("resolutionRate").isNull()).isTrue();
		assertThat(march.get("satisfactionRate").isNull()).isTrue();
		// G answered in time; E's deadline passed unanswered; F's has not come yet
		assertOnTime(march, 1, 2, 0, 1);
		assertThat(march.get("onTimeResponseRate").asDouble()).isEqualTo(0.5);
		assertThat(march.get("onTimeResolutionRate").asDouble()).isEqualTo(0.0);
		assertSpread(march.get("responseHours"), 1.0, 1.0);
		assertOpen(march, 2, 1);
	}

	@Test
	void theTotalOverTheQuarter() {
		JsonNode total = report(QUARTER + "&groupBy=month").get("total");
		assertThat(total.get("label").asText()).isEqualTo("合计");
		assertCounts(total, 7, 4, 3, 1);
		assertThat(total.get("reopenRate").asDouble()).isEqualTo(0.25);
		assertCallbacks(total, 4, 3, 3, 3, 1);
		assertThat(total.get("responseRate").asDouble()).isEqualTo(0.75);
		assertOnTime(total, 4, 6, 3, 5);
		assertThat(total.get("onTimeResolutionRate").asDouble()).isEqualTo(0.6);
		// 1, 2, 2, 9, 24: p90 at 3.6 → 9 + 0.6 × 15
		assertSpread(total.get("responseHours"), 2.0, 18.0);
		assertSpread(total.get("resolutionDays"), 2.0, 4.4);
		assertSpread(total.get("resolutionWorkingDays"), 11.0, 11.0);
		assertOpen(total, 2, 1);
	}

	@Test
	void byWorkerGridAndCategoryTheGroupsAddUpToTheTotal() {
		JsonNode byWorker = report(QUARTER + "&groupBy=worker");
		assertThat(keys(byWorker)).containsExactly("mzjgrid1", "mzjgrid2");
		assertThat(group(byWorker, "mzjgrid1").get("label").asText()).isEqualTo("吴国平");
		assertCounts(group(byWorker, "mzjgrid2"), 1, 1, 1, 1);
		assertCounts(group(byWorker, "mzjgrid1"), 6, 3, 2, 0);
		assertThat(group(byWorker, "mzjgrid2").get("onTimeResponseRate").asDouble()).isEqualTo(0.0);

		JsonNode byGrid = report(QUARTER + "&groupBy=grid");
		assertThat(keys(byGrid)).containsExactly("mzj-1", "mzj-2");
		assertThat(group(byGrid, "mzj-1").get("label").asText()).isEqualTo("磨子井第一网格");
		assertThat(group(byGrid, "mzj-1").get("received").asInt()).isEqualTo(6);

		JsonNode byCategory = report(QUARTER + "&groupBy=category");
		assertThat(keys(byCategory)).containsExactlyInAnyOrder("consultation", "dispute", "other", "relief", "repair",
				"sanitation");
		assertThat(group(byCategory, "sanitation").get("received").asInt()).isEqualTo(2);
		assertThat(group(byCategory, "sanitation").get("label").asText()).isEqualTo("环境卫生");
		assertThat(group(byCategory, "relief").get("resolutionWorkingDays").get("median").asDouble()).isEqualTo(11.0);
	}

	@Test
	void filtersByGridAndWorker() {
		JsonNode grid2 = report(QUARTER + "&grid=mzj-2").get("total");
		assertCounts(grid2, 1, 1, 1, 1);
		JsonNode worker = report("/api/kpi?from=2024-01-01&to=2024-04-01&worker=mzjgrid2").get("total");
		assertCounts(worker, 1, 1, 1, 1);
		assertThat(report("/api/kpi?from=2024-01-01&to=2024-04-01&worker=nobody").get("total").get("received").asInt())
			.isZero();
	}

	@Test
	void weeksRunMondayToSundayAndEveryPeriodIsListed() {
		JsonNode weeks = report("/api/kpi?community=mozijing&from=2024-01-01&to=2024-02-01&groupBy=week");
		List<String> keys = keys(weeks);
		assertThat(keys).containsExactly("2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29");
		assertThat(group(weeks, "2024-01-08").get("received").asInt()).isEqualTo(1);
		assertThat(group(weeks, "2024-01-15").get("received").asInt()).isEqualTo(1);
		assertThat(group(weeks, "2024-01-29").get("received").asInt()).as("C, received on 31 January").isEqualTo(1);
		assertThat(group(weeks, "2024-01-22").get("received").asInt()).isZero();
		assertThat(group(weeks, "2024-01-22").get("responseRate").isNull()).isTrue();

		JsonNode february = report("/api/kpi?community=mozijing&from=2024-02-01&to=2024-03-01");
		assertThat(keys(february)).containsExactly("2024-02");
		assertThat(group(february, "2024-02").get("received").asInt()).isEqualTo(1);

		JsonNode cut = report("/api/kpi?community=mozijing&from=2024-01-31&to=2024-02-02&groupBy=month");
		assertThat(keys(cut)).containsExactly("2024-01", "2024-02");
		assertThat(group(cut, "2024-01").get("received").asInt()).as("from 23:00 Beijing time on 31 January").isEqualTo(1);
	}

	@Test
	void theAtRiskListShowsOpenCasesByNearestDeadline() {
		JsonNode atRisk = api.get("/api/kpi/at-risk?community=mozijing", "admin").json();
		List<String> kinds = new ArrayList<>();
		List<Boolean> overdue = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		atRisk.forEach(c -> {
			if (c.get("title").asText().startsWith("手工数据")) {
				kinds.add(c.get("deadlineKind").asText());
				overdue.add(c.get("overdue").asBoolean());
				titles.add(c.get("categoryLabel").asText());
			}
		});
		// G: resolution deadline 8 March; E: response deadline 20 March 09:00; F: response 21 March 08:00
		assertThat(titles).containsExactly("环境卫生", "其他诉求", "政策咨询");
		assertThat(kinds).containsExactly("办结", "响应", "响应");
		assertThat(overdue).containsExactly(true, true, false);
	}

	private JsonNode report(String path) {
		Api.Response response = api.get(path, "admin");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode group(JsonNode report, String key) {
		for (JsonNode group : report.get("groups")) {
			if (group.get("key").asText().equals(key)) {
				return group;
			}
		}
		throw new AssertionError("no group " + key + " in " + report);
	}

	private static List<String> keys(JsonNode report) {
		List<String> keys = new ArrayList<>();
		report.get("groups").forEach(g -> keys.add(g.get("key").asText()));
		return keys;
	}

	private static void assertCounts(JsonNode group, int received, int resolved, int closed, int reopened) {
		assertThat(group.get("received").asInt()).as("received").isEqualTo(received);
		assertThat(group.get("resolved").asInt()).as("resolved").isEqualTo(resolved);
		assertThat(group.get("closed").asInt()).as("closed").isEqualTo(closed);
		assertThat(group.get("reopened").asInt()).as("reopened").isEqualTo(reopened);
	}

	private static void assertCallbacks(JsonNode group, int reached, int contacted, int solved, int satisfied,
			int resolvedWithoutCallback) {
		assertThat(group.get("callbacksReached").asInt()).as("callbacks reached").isEqualTo(reached);
		assertThat(group.get("callbacksContacted").asInt()).as("contacted").isEqualTo(contacted);
		assertThat(group.get("callbacksSolved").asInt()).as("solved").isEqualTo(solved);
		assertThat(group.get("callbacksSatisfied").asInt()).as("satisfied").isEqualTo(satisfied);
		assertThat(group.get("resolvedWithoutCallback").asInt()).as("resolved without callback")
			.isEqualTo(resolvedWithoutCallback);
	}

	private static void assertOnTime(JsonNode group, int respondedOnTime, int responseDue, int resolvedOnTime,
			int resolutionDue) {
		assertThat(group.get("respondedOnTime").asInt()).as("responded on time").isEqualTo(respondedOnTime);
		assertThat(group.get("responseDue").asInt()).as("response due").isEqualTo(responseDue);
		assertThat(group.get("resolvedOnTime").asInt()).as("resolved on time").isEqualTo(resolvedOnTime);
		assertThat(group.get("resolutionDue").asInt()).as("resolution due").isEqualTo(resolutionDue);
	}

	private static void assertSpread(JsonNode spread, Double median, Double p90) {
		assertThat(spread.get("median").isNull() ? null : spread.get("median").asDouble()).as("median").isEqualTo(median);
		assertThat(spread.get("p90").isNull() ? null : spread.get("p90").asDouble()).as("p90").isEqualTo(p90);
	}

	private static void assertOpen(JsonNode group, int pastDeadline, int dueWithin24h) {
		assertThat(group.get("openPastDeadline").asInt()).as("open past deadline").isEqualTo(pastDeadline);
		assertThat(group.get("openDueWithin24h").asInt()).as("open, due within 24 h").isEqualTo(dueWithin24h);
	}

}
