package org.shequ.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.asset.Asset;
import org.shequ.asset.AssetType;
import org.shequ.asset.HttpApi;
import org.shequ.asset.OwnerKind;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** Filing a repair about a registered asset, recording a body's answers and printing the letter, over HTTP. */
@ShequTest
class RepairApiTest {

	@LocalServerPort
	int port;

	@Autowired
	RepairSteps repair;

	@Autowired
	IdentityService identity;

	HttpApi api;

	@BeforeEach
	void client() {
		api = new HttpApi(port);
	}

	private Map<String, Object> newCase(Object asset) {
		Map<String, Object> request = new HashMap<>();
		request.put("community", "jiefangqiao");
		request.put("grid", "jfq-1");
		request.put("category", "repair");
		request.put("urgent", false);
		request.put("channel", "phone");
		request.put("title", "院内路灯不亮");
		request.put("description", "电业局宿舍院内三盏路灯坏了一个月，晚上看不见路。");
		request.put("reporterName", "林阿姨");
		request.put("reporterPhone", "13800000303");
		request.put("address", RepairSteps.newAddress());
		request.put("asset", asset);
		return request;
	}

	@Test
	void aCaseCanNameTheRegisteredAssetItIsAbout() {
		Asset compound = repair.asset("jiefangqiao", AssetType.COMPOUND, OwnerKind.OWNER_UNIT, "测试电业局", null);

		HttpApi.Answer filed = api.post("jfqgrid1", "/api/cases", newCase(compound.getId()));

		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();
		assertThat(filed.json().get("track").asText()).isEqualTo("repair-referral");
		HttpApi.Answer repairView = api.get("jfqgrid2", "/api/cases/" + tn + "/repair");
		assertThat(repairView.status()).isEqualTo(200);
		assertThat(repairView.json().get("asset").get("id").asLong()).isEqualTo(compound.getId());
		assertThat(api.get("hhbgrid1", "/api/cases/" + tn + "/repair").status()).isEqualTo(403);
	}

	@Test
	void anAssetThatIsNotRegisteredForTheCommunityIsRefused() {
		Asset elsewhere = repair.asset("hongheba", AssetType.ROAD, OwnerKind.MUNICIPAL, "区住房和城乡建设局（城建）", null);

		assertThat(fields(api.post("jfqgrid1", "/api/cases", newCase(elsewhere.getId())))).containsExactly("asset");
		assertThat(fields(api.post("jfqgrid1", "/api/cases", newCase(987654321L)))).containsExactly("asset");
		assertThat(fields(api.post("jfqgrid1", "/api/cases", newCase("the lamp post")))).containsExactly("asset");
		Map<String, Object> withoutAsset = newCase(null);
		withoutAsset.remove("asset");
		assertThat(api.post("jfqgrid1", "/api/cases", withoutAsset).status()).isEqualTo(201);
	}

	@Test
	void aCaseworkerRecordsTheBodysAnswersAndPrintsTheLetter() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.MUNICIPAL, "区住房和城乡建设局（城建）",
				null);
		String tn = api.post("jfqgrid1", "/api/cases", newCase(lights.getId())).json().get("trackingNumber").asText();
		repair.assess(tn, "jfqgrid1", lights, false, false);
		String events = "/api/cases/" + tn + "/referral-events";

		assertThat(api.post("jfqgrid1", events, Map.of("event", "acknowledged")).status()).isEqualTo(409);
		repair.deliver(tn, "jfqgrid1");

		assertThat(api.post("hhbgrid1", events, Map.of("event", "acknowledged")).status()).isEqualTo(403);
		assertThat(api.post("auditor", events, Map.of("event", "acknowledged")).status()).isEqualTo(403);
		assertThat(fields(api.post("jfqgrid1", events, Map.of("event", "received")))).containsExactly("event");
		assertThat(fields(api.post("jfqgrid1", events, Map.of("event", "declined")))).containsExactly("reason");
		assertThat(fields(api.post("jfqgrid1", events, Map.of("event", "acknowledged", "when", "now"))))
			.containsExactly("when");
		assertThat(api.post("jfqgrid1", "/api/cases/JFQ-20000101-0001/referral-events", Map.of("event", "acknowledged"))
			.status()).isEqualTo(404);

		HttpApi.Answer acknowledged = api.post("jfqgrid2", events,
				Map.of("event", "acknowledged", "contactName", "城建局李科员", "note", "已安排路灯所本周维修"));
		assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(201);
		assertThat(acknowledged.json().get("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.json().get("events").findValuesAsText("kind")).containsExactly("DELIVERED", "ACKNOWLEDGED");
		assertThat(api.post("jfqgrid1", events, Map.of("event", "acknowledged")).status()).isEqualTo(409);
		assertThat(repair.cases.task(tn, "chaseReferral")).isNull();

		String letterNumber = tn + "-Z1";
		HttpApi.Answer letter = api.get("jfqgrid2", "/api/cases/" + tn + "/referrals/" + letterNumber + "/letter");
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.contentType()).startsWith("text/html");
		User issuer = identity.createUserQuery().userId("jfqgrid1").singleResult();
		assertThat(letter.body()).contains("转介函", letterNumber, "区住房和城乡建设局（城建）", "解放桥社区居民委员会",
				issuer.getFirstName() + issuer.getLastName(), "回执")
			.doesNotContain("13800000303");
		assertThat(api.get("hhbgrid1", "/api/cases/" + tn + "/referrals/" + letterNumber + "/letter").status())
			.isEqualTo(403);
		assertThat(api.get("jfqgrid1", "/api/cases/" + tn + "/referrals/" + tn + "-Z9/letter").status()).isEqualTo(404);

		HttpApi.Answer completed = api.post("jfqgrid1", events, Map.of("event", "completed", "note", "已更换灯泡"));
		assertThat(completed.status()).isEqualTo(201);
		assertThat(repair.cases.task(tn, "confirmWithResident")).isNotNull();
		JsonNode view = api.get("auditor", "/api/cases/" + tn + "/repair").json();
		assertThat(view.get("currentBody").asText()).isEqualTo("区住房和城乡建设局（城建）");
		assertThat(view.get("referrals").get(0).get("letterUrl").asText())
			.isEqualTo("/api/cases/" + tn + "/referrals/" + letterNumber + "/letter");
		assertThat(view.get("referrals").get(0).get("status").asText()).isEqualTo("COMPLETED");
	}

	@Test
	void aCaseOutsideTheRepairTrackHasNoRepairView() {
		Map<String, Object> sanitation = newCase(null);
		sanitation.put("category", "sanitation");
		String tn = api.post("jfqgrid1", "/api/cases", sanitation).json().get("trackingNumber").asText();

		assertThat(api.get("jfqgrid1", "/api/cases/" + tn + "/repair").status()).isEqualTo(404);
		assertThat(api.post("jfqgrid1", "/api/cases/" + tn + "/referral-events", Map.of("event", "completed")).status())
			.isEqualTo(409);
	}

	private static List<String> fields(HttpApi.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		return answer.json().get("errors").findValuesAsText("field");
	}

}
