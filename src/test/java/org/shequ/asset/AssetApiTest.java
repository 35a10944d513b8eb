package org.shequ.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** The owner registry over HTTP: secretaries maintain their own community's entries, staff read them. */
@ShequTest
class AssetApiTest {

	private static final AtomicInteger SERIAL = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	AssetRepository assets;

	HttpApi api;

	@BeforeEach
	void client() {
		api = new HttpApi(port);
	}

	static Map<String, Object> entry(String community) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("community", community);
		entry.put("name", "电业局宿舍院落（测试" + SERIAL.incrementAndGet() + "）");
		entry.put("type", "compound");
		entry.put("location", "解放桥路电业局宿舍");
		entry.put("ownerKind", "owner_unit");
		entry.put("ownerName", "市电业局后勤科");
		entry.put("ownerContact", "王科长");
		entry.put("ownerPhone", "0813-5200001");
		entry.put("managerName", "安居物业服务有限公司");
		return entry;
	}

	@Test
	void secretaryRegistersUpdatesAndRetiresAnEntryThatStaffCanRead() {
		Map<String, Object> entry = entry("jiefangqiao");
		HttpApi.Answer created = api.post("jfqsup", "/api/assets", entry);

		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		long id = body.get("id").asLong();
		assertThat(body.get("typeLabel").asText()).isEqualTo("院落");
		assertThat(body.get("ownerKindLabel").asText()).isEqualTo("产权单位");
		assertThat(body.get("updatedBy").asText()).isEqualTo("jfqsup");
		assertThat(assets.findById(id)).isPresent();

		HttpApi.Answer read = api.get("jfqgrid1", "/api/assets/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("managerName").asText()).isEqualTo("安居物业服务有限公司");
		assertThat(names(api.get("jfqgrid2", "/api/assets?community=jiefangqiao"))).contains(entry.get("name").toString());
		assertThat(names(api.get("auditor", "/api/assets"))).contains(entry.get("name").toString());

		entry.put("ownerName", "市电业局");
		entry.remove("managerName");
		HttpApi.Answer updated = api.put("jfqsup", "/api/assets/" + id, entry);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("ownerName").asText()).isEqualTo("市电业局");
		assertThat(updated.json().get("managerName").isNull()).isTrue();

		assertThat(api.delete("jfqsup", "/api/assets/" + id).status()).isEqualTo(204);
		assertThat(api.get("jfqsup", "/api/assets/" + id).status()).isEqualTo(404);
		assertThat(names(api.get("jfqsup", "/api/assets?community=jiefangqiao"))).doesNotContain(entry.get("name").toString());
		assertThat(assets.findById(id).orElseThrow().isRetired()).isTrue();
	}

	@Test
	void anotherCommunitysRegistryIsForbidden() {
		long id = api.post("jfqsup", "/api/assets", entry("jiefangqiao")).json().get("id").asLong();
		long before = assets.count();

		assertForbidden(api.post("hhbsup", "/api/assets", entry("jiefangqiao")));
		assertForbidden(api.put("hhbsup", "/api/assets/" + id, entry("jiefangqiao")));
		assertForbidden(api.delete("hhbsup", "/api/assets/" + id));
		assertForbidden(api.get("hhbgrid1", "/api/assets/" + id));
		assertForbidden(api.get("hhbgrid1", "/api/assets?community=jiefangqiao"));
		assertThat(assets.count()).isEqualTo(before);
		assertThat(assets.findById(id).orElseThrow().isRetired()).isFalse();
	}

	@Test
	void onlySecretariesChangeTheRegistry() {
		long id = api.post("jfqsup", "/api/assets", entry("jiefangqiao")).json().get("id").asLong();

		assertForbidden(api.post("jfqgrid1", "/api/assets", entry("jiefangqiao")));
		assertForbidden(api.put("jfqgrid1", "/api/assets/" + id, entry("jiefangqiao")));
		assertForbidden(api.delete("auditor", "/api/assets/" + id));
		assertForbidden(api.get("volunteer1", "/api/assets"));
		assertThat(api.anonymous("/api/assets").status()).isEqualTo(401);
	}

	@Test
	void invalidEntriesAreRefusedWithEveryBadFieldNamed() {
		long before = assets.count();
		Map<String, Object> bad = entry("jiefangqiao");
		bad.put("name", " ");
		bad.put("type", "bridge");
		bad.put("ownerKind", "government");
		bad.put("ownerPhone", "call me");
		bad.put("location", "x".repeat(301));

		HttpApi.Answer refused = api.post("jfqsup", "/api/assets", bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactlyInAnyOrder("name", "type", "ownerKind", "ownerPhone", "location");
		assertThat(fields(api.post("jfqsup", "/api/assets", entry("nowhere")))).containsExactly("community");
		Map<String, Object> unknownField = entry("jiefangqiao");
		unknownField.put("colour", "red");
		assertThat(fields(api.post("jfqsup", "/api/assets", unknownField))).containsExactly("colour");
		assertThat(api.post("jfqsup", "/api/assets", "{not json").status()).isEqualTo(400);
		assertThat(assets.count()).isEqualTo(before);
	}

	@Test
	void anEntryCannotMoveToAnotherCommunityNorTakeANameAlreadyRegistered() {
		Map<String, Object> first = entry("jiefangqiao");
		api.post("jfqsup", "/api/assets", first);
		Map<String, Object> second = entry("jiefangqiao");
		long id = api.post("jfqsup", "/api/assets", second).json().get("id").asLong();

		second.put("community", "hongheba");
		assertThat(fields(api.put("jfqsup", "/api/assets/" + id, second))).containsExactly("community");
		second.put("community", "jiefangqiao");
		second.put("name", first.get("name"));
		assertThat(fields(api.put("jfqsup", "/api/assets/" + id, second))).containsExactly("name");
		assertThat(fields(api.post("jfqsup", "/api/assets", first))).containsExactly("name");
		assertThat(api.get("jfqsup", "/api/assets/987654321").status()).isEqualTo(404);
	}

	@Test
	void demoEntriesAreSeededForTheThreeCommunities() {
		for (String community : List.of("hongheba", "jiefangqiao", "mozijing")) {
			assertThat(assets.findByCommunityIdAndRetiredFalseOrderByNameAsc(community))
				.anyMatch(a -> "demo".equals(a.getUpdatedBy()));
		}
		assertThat(assets.findByCommunityIdAndRetiredFalseOrderByNameAsc("jiefangqiao"))
			.anyMatch(a -> a.getName().equals("电业局宿舍院落") && a.getOwnerKind() == OwnerKind.OWNER_UNIT
					&& a.hasManager());
	}

	private static void assertForbidden(HttpApi.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	private static List<String> fields(HttpApi.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		return answer.json().get("errors").findValuesAsText("field");
	}

	private static List<String> names(HttpApi.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().findValuesAsText("name");
	}

}
