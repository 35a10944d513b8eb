package org.shequ.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** POST/GET /api/cases over HTTP against the running app, including every kind of bad input. */
@ShequTest
class CaseApiTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRepository cases;

	@Autowired
	RuntimeService runtime;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	static Map<String, Object> validCase() {
		return TestCases.caseBody();
	}

	@Test
	void filingACaseAnswers201WithTheTrackingNumberAndTheAssignee() {
		Api.Response response = api.post("/api/cases", "jfqgrid1", Api.json(validCase()));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode body = response.json();
		String tn = body.get("trackingNumber").asText();
		assertThat(tn).matches("JFQ-\\d{8}-\\d{4}");
		assertThat(response.header("Location")).isEqualTo("/api/cases/" + tn);
		assertThat(body.get("status").asText()).isEqualTo("DISPATCHED");
		assertThat(body.get("track").asText()).isEqualTo("general-handling");
		assertThat(body.get("assignee").asText()).isEqualTo("jfqgrid1");
		assertThat(body.get("respondBy").asText()).endsWith("+08:00");
		assertThat(body.has("resolveBy")).isTrue();

		Api.Response detail = api.get("/api/cases/" + tn, "jfqgrid2");
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().get("reporterPhone").asText()).isEqualTo("13900002222");
		assertThat(detail.json().get("receivedBy").asText()).isEqualTo("jfqgrid1");
		assertThat(detail.json().get("log").get(0).get("kind").asText()).isEqualTo("RECEIVED");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count()).isEqualTo(2);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
		long before = cases.count();
		Map<String, String> key = Map.of("Idempotency-Key", "retry-" + System.nanoTime());
		Api.Response first = api.post("/api/cases", "jfqgrid1", Api.json(validCase()), key);
		Api.Response again = api.post("/api/cases", "jfqgrid1", Api.json(validCase()), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(cases.count()).isEqualTo(before + 1);

		Map<String, Object> other = validCase();
		other.put("title", "另一件事");
		Api.Response reused = api.post("/api/cases", "jfqgrid1", Api.json(other), key);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(cases.count()).isEqualTo(before + 1);
	}

	@Test
	void concurrentRetriesWithOneKeyFileOneCase() throws Exception {
		long before = cases.count();
		Map<String, String> key = Map.of("Idempotency-Key", "burst-" + System.nanoTime());
		List<Api.Response> answers = inParallel(8, () -> api.post("/api/cases", "jfqgrid2", Api.json(validCase()), key));

		assertThat(answers).extracting(Api.Response::status).containsOnly(201);
		assertThat(answers.stream().map(a -> a.json().get("trackingNumber").asText()).distinct()).hasSize(1);
		assertThat(cases.count()).isEqualTo(before + 1);
	}

	@Test
	void concurrentIntakeHandsOutGapFreeUniqueTrackingNumbers() throws Exception {
		Map<String, Object> mozijing = validCase();
		mozijing.put("community", "mozijing");
		mozijing.put("grid", "mzj-2");
		List<Api.Response> answers = inParallel(16, () -> api.post("/api/cases", "mzjgrid2", Api.json(mozijing)));

		assertThat(answers).extracting(Api.Response::status).containsOnly(201);
		List<Integer> numbers = answers.stream()
			.map(a -> a.json().get("trackingNumber").asText())
			.map(tn -> Integer.parseInt(tn.substring(tn.lastIndexOf('-') + 1)))
			.sorted()
			.toList();
		assertThat(numbers).doesNotHaveDuplicates();
		assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(numbers.size() - 1);
	}

	static Stream<Arguments> badRequests() {
		Map<String, Object> missing = new HashMap<>();
		Map<String, Object> unknownCommunity = with("community", "atlantis");
		Map<String, Object> unknownCategory = with("category", "noise");
		Map<String, Object> otherGrid = with("grid", "hhb-1");
		Map<String, Object> huge = with("description", "漏".repeat(10 * 1024 * 1024 / 3));
		Map<String, Object> badPhone = with("reporterPhone", "12345");
		Map<String, Object> control = with("title", "标题\u0000含控制字符");
		Map<String, Object> unknownField = with("priority", "high");
		return Stream.of(
				Arguments.of("every required field missing", Api.json(missing),
						List.of("community", "grid", "category", "urgent", "channel", "title", "description",
								"reporterName", "reporterPhone")),
				Arguments.of("unknown community", Api.json(unknownCommunity), List.of("community")),
				Arguments.of("unknown category", Api.json(unknownCategory), List.of("category")),
				Arguments.of("grid of another community", Api.json(otherGrid), List.of("grid")),
				Arguments.of("10 MB description", Api.json(huge), List.of("description")),
				Arguments.of("not a phone number", Api.json(badPhone), List.of("reporterPhone")),
				Arguments.of("control characters", Api.json(control), List.of("title")),
				Arguments.of("unknown field", Api.json(unknownField), List.of("priority")),
				Arguments.of("urgent as a string", Api.json(validCase()).replace("\"urgent\":false", "\"urgent\":\"yes\""),
						List.of("urgent")),
				Arguments.of("title as a number", Api.json(validCase()).replace("\"title\":\"楼道堆放杂物\"", "\"title\":42"),
						List.of("title")),
				Arguments.of("malformed JSON", "{\"community\": \"jiefangqiao\",", List.of("body")),
				Arguments.of("JSON array instead of an object", "[1,2,3]", List.of("body")),
				Arguments.of("empty body", "", List.of("body")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void badInputIsRefusedWith400NamingEachFieldAndStoresNothing(String what, String body, List<String> fields) {
		long casesBefore = cases.count();
		long instancesBefore = runtime.createProcessInstanceQuery().count();

		Api.Response response = api.post("/api/cases", "jfqgrid1", body);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		List<String> named = new ArrayList<>();
		problem.get("errors").forEach(e -> named.add(e.get("field").asText()));
		assertThat(named).containsExactlyInAnyOrderElementsOf(fields);
		assertThat(cases.count()).isEqualTo(casesBefore);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	@Test
	void aBodyThatIsNotJsonIs415() {
		long before = cases.count();
		Api.Response response = api.post("/api/cases", "jfqgrid1", "community=jiefangqiao",
				Map.of("Content-Type", "application/x-www-form-urlencoded"));

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(cases.count()).isEqualTo(before);
	}

	@Test
	void anUnknownCaseIs404AndAnotherCommunitysCaseIs403() {
		String tn = api.post("/api/cases", "jfqgrid1", Api.json(validCase())).json().get("trackingNumber").asText();

		assertThat(api.get("/api/cases/JFQ-19990101-0001", "jfqgrid1").status()).isEqualTo(404);
		assertThat(api.get("/api/cases/..%2F..%2Fetc%2Fpasswd", "jfqgrid1").status()).isIn(400, 404);
		Api.Response foreign = api.get("/api/cases/" + tn, "hhbgrid1");
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.get("/api/cases/" + tn, "auditor").status()).isEqualTo(200);
		assertThat(api.get("/api/cases/" + tn, "admin").status()).isEqualTo(200);
	}

	@Test
	void filingForAnotherCommunityIs403AndStoresNothing() {
		long before = cases.count();
		Api.Response response = api.post("/api/cases", "hhbgrid1", Api.json(validCase()));

		assertThat(response.status()).isEqualTo(403);
		assertThat(cases.count()).isEqualTo(before);
		assertThat(api.post("/api/cases", "auditor", Api.json(validCase())).status()).isEqualTo(403);
		assertThat(api.post("/api/cases", "streetoffice", Api.json(validCase())).status()).isEqualTo(403);
	}

	@Test
	void withoutCredentialsEverythingIs401() {
		Api.Response response = api.post("/api/cases", null, Api.json(validCase()));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.get("/api/cases", null).status()).isEqualTo(401);
		assertThat(api.send(api.request("/api/cases", null).header("Authorization", Api.basic("nobody", "guess")).GET())
			.status()).isEqualTo(401);
	}

	@Test
	void listsAreLimitedToTheCallersCommunityAndMaskPhones() {
		api.post("/api/cases", "jfqgrid1", Api.json(validCase()));

		JsonNode page = api.get("/api/cases?community=jiefangqiao&status=DISPATCHED&size=5", "jfqgrid1").json();
		assertThat(page.get("size").asInt()).isEqualTo(5);
		assertThat(page.get("content")).isNotEmpty();
		page.get("content").forEach(c -> {
			assertThat(c.get("community").asText()).isEqualTo("jiefangqiao");
			assertThat(c.get("status").asText()).isEqualTo("DISPATCHED");
			assertThat(c.get("reporterPhone").asText()).contains("****");
		});
		JsonNode mine = api.get("/api/cases?size=100", "jfqgrid1").json();
		mine.get("content").forEach(c -> assertThat(c.get("community").asText()).isEqualTo("jiefangqiao"));

		assertThat(api.get("/api/cases?community=jiefangqiao", "hhbgrid1").status()).isEqualTo(403);
		assertThat(api.get("/api/cases?community=jiefangqiao", "auditor").status()).isEqualTo(200);
		assertThat(api.get("/api/cases?status=LOST", "jfqgrid1").status()).isEqualTo(400);
		assertThat(api.get("/api/cases?size=1000", "jfqgrid1").status()).isEqualTo(400);
		assertThat(api.get("/api/cases?page=x", "jfqgrid1").status()).isEqualTo(400);
		assertThat(api.get("/api/cases?community=atlantis", "auditor").status()).isEqualTo(400);
	}

	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> body = validCase();
		body.put(field, value);
		return body;
	}

	private static <T> List<T> inParallel(int callers, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				futures.add(pool.submit(call));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
