package org.shequ.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shequ.hostile.HostileCorpus.HostileRequest;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Over a thousand malformed and hostile requests against every write endpoint and every id in a path
 * of Shequ's API, as mapped when the test runs: none may answer 5xx or anything but a refusal as
 * problem+json, and afterwards every table of Shequ's and every runtime table of the engine must be
 * exactly as before.
 */
@ShequTest
class HostileInputTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestCases cases;

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void hostileRequestsAreRefusedAsProblemJsonAndChangeNothing() {
		List<Endpoint> endpoints = Endpoint.discover(mapping);
		assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/cases", "/api/cases/{trackingNumber}");
		String tn = cases.file(TestCases.request("jiefangqiao", "jfq-1", "sanitation", false));
		List<HostileRequest> corpus = HostileCorpus.generate(endpoints, tn);
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);

		DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> wrong = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int serverErrors = 0;
		for (HostileRequest request : corpus) {
			Answer answer = send(client, request);
			statuses.merge(answer.status(), 1, Integer::sum);
			if (answer.status() >= 500) {
				serverErrors++;
			}
			String problem = problemWith(answer);
			if (problem != null) {
				wrong.add(problem + ": " + request);
			}
		}
		DatabaseSnapshot after = DatabaseSnapshot.of(dataSource);

		System.out.printf("hostile corpus: %d requests against %d endpoints (%d write), answers %s, 5xx: %d%n",
				corpus.size(), endpoints.size(), endpoints.stream().filter(Endpoint::isWrite).count(), statuses,
				serverErrors);
		assertThat(wrong).as("requests not refused as problem+json (%d of %d)", wrong.size(), corpus.size()).isEmpty();
		assertThat(serverErrors).isZero();
		assertThat(statuses).as("kinds of refusal the corpus met").containsKeys(400, 401, 403, 404, 405, 415);
		assertThat(after.tables()).as("tables after the corpus").isEqualTo(before.tables());
	}

	@Test
	void injectionsInFreeTextAreStoredVerbatimAndNeverEvaluated() {
		Map<String, Object> body = TestCases.caseBody();
		String title = "${7*7} #{7*7} <script>alert(1)</script>";
		String description = "' OR '1'='1'; DROP TABLE shequ_case; -- ${execution.setVariable('hacked', true)} "
				+ "#{runtimeService} <img src=x onerror=alert(1)>";
		body.put("title", title);
		body.put("description", description);
		body.put("reporterName", "<b>'; --</b>");
		Api api = new Api(port);

		Api.Response filed = api.post("/api/cases", HostileCorpus.INSIDER, Api.json(body));

		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();
		JsonNode kase = api.get("/api/cases/" + tn, HostileCorpus.INSIDER).json();
		assertThat(kase.get("title").asText()).isEqualTo(title);
		assertThat(kase.get("description").asText()).isEqualTo(description);
		assertThat(kase.get("reporterName").asText()).isEqualTo("<b>'; --</b>");
		JsonNode task = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid1").json().get(0);
		assertThat(task.get("name").asText()).endsWith("｜" + tn + "｜" + title.substring(0, 24) + "…");
		assertThat(api.get("/engine-rest/task/" + task.get("id").asText() + "/localVariables/caseDescription", "jfqgrid1")
			.json()
			.get("value")
			.asText()).isEqualTo(description);
		assertThat(api.get("/engine-rest/task/" + task.get("id").asText() + "/variables/hacked", "jfqgrid1").status())
			.isEqualTo(404);
	}

	/** Why the answer is wrong, or null when it is a refusal (4xx) as problem+json naming its own status. */
	private static String problemWith(Answer answer) {
		if (answer.status() < 400 || answer.status() > 499) {
			return "answered " + answer.status();
		}
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			return answer.status() + " as " + answer.contentType() + " " + shorten(answer.body());
		}
		try {
			JsonNode body = JSON.readTree(answer.body());
			if (body.path("status").asInt() != answer.status() || !body.hasNonNull("title")) {
				return answer.status() + " with a body naming another status: " + shorten(answer.body());
			}
		}
		catch (IOException e) {
			return answer.status() + " with a body that is not JSON: " + shorten(answer.body());
		}
		return null;
	}

	private Answer send(HttpClient client, HostileRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
			.timeout(Duration.ofSeconds(60))
			.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		if (request.authorization() != null) {
			builder.header("Authorization", request.authorization());
		}
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		request.headers().forEach(builder::header);
		try {
			HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException("no answer to " + request, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String shorten(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

	record Answer(int status, String contentType, String body) {
	}

}
