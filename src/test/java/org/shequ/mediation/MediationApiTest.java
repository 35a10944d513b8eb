package org.shequ.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.mediation.DisputeForms.agreement;
import static org.shequ.mediation.DisputeForms.arrived;
import static org.shequ.mediation.DisputeForms.noAgreement;
import static org.shequ.mediation.DisputeForms.with;
import static org.shequ.support.TestCases.request;
import static org.shequ.support.TestCases.setClock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The mediation record and the printable agreement (调解协议书) over HTTP: content and who may read them. */
@ShequTest
class MediationApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestCases cases;

	@Autowired
	ObjectMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void init() {
		setClock(LocalDateTime.of(2026, 12, 2, 23, 40));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theAgreementDocumentNamesBothPartiesTheTermsThePaymentAndTheMediator() throws Exception {
		String tn = agreedDispute("jfqgrid2");

		HttpResponse<String> page = get("jfqgrid1", "/api/cases/" + tn + "/mediation/agreements/1", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
			.containsIgnoringCase("charset=UTF-8");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
		String html = page.body();
		assertThat(html).contains("<title>人民调解协议书 " + tn + "-1</title>")
			.contains("编号：" + tn + "-1")
			.contains("<td>黄老板</td><td>13800000202</td>")
			.contains("<td>周小川</td><td>13900002222</td>")
			.contains("楼上租户卫生间水管接头老化漏水")
			.contains("当事人主张：三箱白酒按原价赔偿，共5400元")
			.contains("经调解员现场核实：仅外包装纸箱受潮，瓶装酒完好")
			.contains("乙方于三日内请人修复卫生间水管接头")
			.contains("乙方周小川于2026年12月5日前向甲方黄老板支付人民币350.00元（大写：叁佰伍拾元整）。")
			.contains("甲方已知悉并同意本协议。乙方已知悉并同意本协议。")
			.contains("调解员（签名）：<br><br>赵志强（jfqgrid2）")
			.contains("解放桥社区人民调解委员会（印章）<br>2026年12月3日")
			.contains("@media print");
	}

	@Test
	void whatPartiesSayIsEscapedInTheDocument() throws Exception {
		String tn = disputeWithCadreOnSite("jfqgrid2");
		cases.complete(tn, "mediateOnSite", "jfqgrid2",
				with(agreement(), "agreementTerms", "乙方赔偿<script>alert(1)</script>&包装"));

		String html = get("jfqgrid2", "/api/cases/" + tn + "/mediation/agreements/1", "text/html").body();

		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;包装");
	}

	@Test
	void theMediationRecordListsEachMediationAndLinksTheDocument() throws Exception {
		String tn = disputeWithCadreOnSite("jfqgrid2");
		cases.complete(tn, "mediateOnSite", "jfqgrid2", noAgreement());
		assertThat(get("streetoffice", "/api/cases/" + tn + "/mediation", "application/json").statusCode())
			.isEqualTo(200);
		cases.complete(tn, "streetMediation", "streetoffice", agreement());

		HttpResponse<String> response = get("jfqsup", "/api/cases/" + tn + "/mediation", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode mediation = json.readTree(response.body());
		assertThat(mediation.path("sessions")).hasSize(2);
		assertThat(mediation.path("sessions").get(0).path("level").asText()).isEqualTo("COMMUNITY");
		assertThat(mediation.path("sessions").get(0).path("outcome").asText()).isEqualTo("none");
		assertThat(mediation.path("sessions").get(0).path("partyB").path("name").asText()).isEqualTo("周小川");
		assertThat(mediation.path("sessions").get(0).path("lossFound").asText()).startsWith("仅外包装纸箱受潮");
		assertThat(mediation.path("sessions").get(1).path("level").asText()).isEqualTo("STREET");
		JsonNode agreement = mediation.path("agreements").get(0);
		assertThat(agreement.path("number").asText()).isEqualTo(tn + "-1");
		assertThat(agreement.path("amount").decimalValue()).isEqualByComparingTo("350");
		assertThat(agreement.path("payer").asText()).isEqualTo("B");
		assertThat(agreement.path("payBy").asText()).isEqualTo("2026-12-05");
		assertThat(agreement.path("mediationBody").asText()).isEqualTo("街道人民调解委员会");
		assertThat(agreement.path("document").asText()).isEqualTo("/api/cases/" + tn + "/mediation/agreements/1");

		String html = get("streetoffice", agreement.path("document").asText(), "text/html").body();
		assertThat(html).contains("调解员（签名）：<br><br>冯德华（streetoffice）").contains("街道人民调解委员会（印章）");
	}

	@Test
	void onlyTheCommunityAuditorsAndTheStreetCommitteeOfAReferredDisputeReadIt() throws Exception {
		String tn = agreedDispute("jfqgrid2");
		String document = "/api/cases/" + tn + "/mediation/agreements/1";

		assertThat(get("auditor", document, "text/html").statusCode()).isEqualTo(200);
		assertThat(get("jfqsup", "/api/cases/" + tn + "/mediation", "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> otherCommunity = get("hhbgrid1", document, "text/html");
		assertThat(otherCommunity.statusCode()).isEqualTo(403);
		assertThat(otherCommunity.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/problem+json");
		assertThat(get("mzjsup", "/api/cases/" + tn + "/mediation", "application/json").statusCode()).isEqualTo(403);
		assertThat(get("streetoffice", document, "text/html").statusCode()).isEqualTo(403);
		assertThat(get("jfqgrid1", "/api/cases/" + tn + "/mediation/agreements/2", "text/html").statusCode())
			.isEqualTo(404);
		assertThat(get("jfqgrid1", "/api/cases/JFQ-20991231-9999/mediation", "application/json").statusCode())
			.isEqualTo(404);
		assertThat(get("jfqgrid1", "/api/cases/" + tn + "/mediation/agreements/first", "text/html").statusCode())
			.isEqualTo(400);
	}

	@Test
	void theWholeTrackWorksOverHttpFromFilingToClosure() throws Exception {
		HttpResponse<String> filed = send("jfqgrid1", "POST", "/api/cases", Map.of("community", "jiefangqiao", "grid",
				"jfq-1", "category", "dispute", "urgent", true, "channel", "phone", "title", "楼上漏水浸湿商铺",
				"description", "租户水管漏水，楼下商铺整箱白酒被浸湿，店主要求按原价赔偿", "reporterName", "黄老板", "reporterPhone",
				"13800000202", "address", "解放桥路18号"));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String tn = json.readTree(filed.body()).path("trackingNumber").asText();
		assertThat(json.readTree(filed.body()).path("assignee").asText()).isEqualTo("jfqgrid2");
		assertThat(json.readTree(filed.body()).path("track").asText()).isEqualTo("dispute-mediation");

		TestCases.moveClock(Duration.ofMinutes(30));
		assertThat(complete("jfqgrid2", tn, "confirmArrival", Map.of("arrivalMethod", "onsite", "arrivalNote",
				"已到场，漏水点已关闸"))).isEqualTo(204);
		assertThat(complete("jfqgrid2", tn, "mediateOnSite", agreement())).isEqualTo(204);
		assertThat(get("jfqgrid2", "/api/cases/" + tn + "/mediation/agreements/1", "text/html").body())
			.contains("黄老板").contains("叁佰伍拾元整").contains("赵志强");

		TestCases.moveClock(Duration.ofDays(3).plusMinutes(1));
		cases.runDueJobs(tn);
		assertThat(complete("jfqgrid2", tn, "followUpVisit", DisputeForms.followUp(true))).isEqualTo(204);
		assertThat(complete("jfqgrid1", tn, "callbackResident", Map.of("residentReached", "yes", "contacted", "yes",
				"solved", "yes", "satisfaction", "satisfied"))).isEqualTo(204);

		JsonNode closed = json.readTree(get("jfqsup", "/api/cases/" + tn, "application/json").body());
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("outcome").asText()).isEqualTo("agreement");
		assertThat(closed.path("respondedBy").asText()).isEqualTo("jfqgrid2");
	}

	/** Filed at 23:40; the night cadre arrived; an agreement was reached on site. */
	private String agreedDispute(String cadre) {
		String tn = disputeWithCadreOnSite(cadre);
		cases.complete(tn, "mediateOnSite", cadre, agreement());
		return tn;
	}

	private String disputeWithCadreOnSite(String cadre) {
		String tn = cases.file(request("jiefangqiao", "jfq-1", "dispute", true));
		TestCases.moveClock(Duration.ofMinutes(15));
		cases.complete(tn, "confirmArrival", cadre, arrived());
		TestCases.moveClock(Duration.ofMinutes(40));
		return tn;
	}

	/** Completes the case's open task the way Tasklist does, through the engine's REST API; answers the status. */
	private int complete(String user, String tn, String taskKey, Map<String, Object> form) throws Exception {
		Map<String, Object> variables = new HashMap<>();
		form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		String taskId = cases.task(tn, taskKey).getId();
		return send(user, "POST", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables))
			.statusCode();
	}

	private HttpResponse<String> get(String user, String path, String accept) throws IOException, InterruptedException {
		return http.send(authorized(user, path).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String user, String method, String path, Object body)
			throws IOException, InterruptedException {
		return http.send(authorized(user, path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder authorized(String user, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
	}

}
