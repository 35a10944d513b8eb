package org.shequ.repair;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.shequ.asset.Asset;
import org.shequ.asset.AssetRepository;
import org.shequ.asset.AssetType;
import org.shequ.asset.OwnerKind;
import org.shequ.intake.NewCaseRequest;
import org.shequ.security.CurrentUser;
import org.shequ.security.Roles;
import org.shequ.support.TestCases;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * Works repair cases the way caseworkers, volunteers and responsible bodies do, for tests. Every asset
 * and address is new, so that tests sharing the application do not see each other's cases as repeats.
 */
@Component
class RepairSteps {

	private static final AtomicInteger SERIAL = new AtomicInteger(200);

	final TestCases cases;

	private final AssetRepository assets;

	private final ReferralAnswers answers;

	private final RuntimeService runtime;

	private final ShequClock clock;

	RepairSteps(TestCases cases, AssetRepository assets, ReferralAnswers answers, RuntimeService runtime,
			ShequClock clock) {
		this.cases = cases;
		this.assets = assets;
		this.answers = answers;
		this.runtime = runtime;
		this.clock = clock;
	}

	Asset asset(String community, AssetType type, OwnerKind ownerKind, String ownerName, String managerName) {
		int n = SERIAL.incrementAndGet();
		return assets.save(new Asset(community, new Asset.Details("测试设施" + n, type, "测试路" + n + "号一带", ownerKind,
				ownerName, "王科长", "0813-5000" + n, managerName, null), "test", clock.now()));
	}

	/** A fresh address nobody else has reported, e.g. 幸福路231号. */
	static String newAddress() {
		return "幸福路" + SERIAL.incrementAndGet() + "号";
	}

	static NewCaseRequest repair(String community, String grid, String address, Asset asset) {
		return new NewCaseRequest(community, grid, "repair", false, "phone", "报修：" + address, "居民反映设施损坏，测试用。",
				"测试居民", "13900002222", address, asset == null ? null : asset.getId());
	}

	String file(String community, String grid, Asset asset) {
		return cases.file(repair(community, grid, newAddress(), asset));
	}

	ProcessInstance repairInstance(String trackingNumber) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey(RepairCases.TRACK)
			.singleResult();
	}

	void assess(String trackingNumber, String user, Asset asset, boolean insideHome, boolean vulnerable) {
		Map<String, Object> form = new HashMap<>();
		form.put("contactMethod", "phone");
		form.put("contactNote", "已电话联系居民，约定查看");
		form.put("assetId", asset == null ? "none" : asset.getId().toString());
		form.put("insideHome", insideHome ? "yes" : "no");
		form.put("vulnerable", vulnerable ? "yes" : "no");
		form.put("repairNeed", "路灯不亮／家电损坏，需维修");
		cases.complete(trackingNumber, "respondAndAssess", user, form);
	}

	void link(String trackingNumber, String user, String leadTrackingNumber) {
		cases.complete(trackingNumber, "respondAndAssess", user, Map.of("contactMethod", "phone", "contactNote",
				"居民反映的是同一处问题", "duplicateDecision", "link", "linkTo", leadTrackingNumber));
	}

	void deliver(String trackingNumber, String user) {
		cases.complete(trackingNumber, "deliverReferral", user,
				Map.of("deliveryMethod", "in_person", "deliveredTo", "李科员", "deliveryNote", "当面递交，对方答应尽快处理"));
	}

	void chase(String trackingNumber, String user) {
		cases.complete(trackingNumber, "chaseReferral", user, Map.of("chaseMethod", "phone", "chaseNote", "电话催办，对方称尚未安排"));
	}

	Referral answer(String trackingNumber, String user, String event, String reason) {
		String community = cases.kase(trackingNumber).getCommunityId();
		return answers.record(trackingNumber, new ReferralEventRequest(event, "赵主任", "电话告知", reason),
				new CurrentUser(user, Set.of(Roles.CASEWORKER, community), Set.of(community)));
	}

	void confirm(String trackingNumber, String user, boolean fixed) {
		cases.complete(trackingNumber, "confirmWithResident", user,
				Map.of("fixed", fixed ? "yes" : "no", "confirmNote", fixed ? "居民说已经修好了" : "居民说还是不亮"));
	}

}
