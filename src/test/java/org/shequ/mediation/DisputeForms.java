package org.shequ.mediation;

import java.util.HashMap;
import java.util.Map;

/** Form values of the dispute-mediation tasks, as a cadre would enter them for the Jiefangqiao story. */
final class DisputeForms {

	static final String SHOP_OWNER = "黄老板";

	static final String SHOP_PHONE = "13800000202";

	static final String TENANT = "周小川";

	static final String TENANT_PHONE = "13900002222";

	private DisputeForms() {
	}

	static Map<String, Object> arrived() {
		return Map.of("arrivalMethod", "onsite", "arrivalNote", "已到达商铺，双方在场，情绪基本平稳");
	}

	static Map<String, Object> findings() {
		Map<String, Object> form = new HashMap<>();
		form.put("partyAName", SHOP_OWNER);
		form.put("partyAPhone", SHOP_PHONE);
		form.put("partyBName", TENANT);
		form.put("partyBPhone", TENANT_PHONE);
		form.put("factsFound", "楼上租户卫生间水管接头老化漏水，渗入楼下商铺，浸湿货架底层的三箱白酒");
		form.put("lossClaimed", "三箱白酒按原价赔偿，共5400元");
		form.put("lossFound", "仅外包装纸箱受潮，瓶装酒完好，可更换包装后出售");
		form.put("proposal", "由租户赔偿外包装损失，并尽快修好水管");
		return form;
	}

	static Map<String, Object> agreement() {
		Map<String, Object> form = findings();
		form.put("mediationResult", "agreement");
		form.put("agreementTerms", "乙方于三日内请人修复卫生间水管接头，并赔偿甲方白酒外包装损失；甲方不再要求赔偿酒品");
		form.put("payer", "B");
		form.put("amount", 350);
		form.put("payBy", "2026-12-05");
		form.put("consentA", true);
		form.put("consentB", true);
		return form;
	}

	static Map<String, Object> noAgreement() {
		Map<String, Object> form = findings();
		form.put("mediationResult", "none");
		form.put("noAgreementReason", "店主坚持按原价赔偿，租户只同意赔偿外包装");
		return form;
	}

	static Map<String, Object> streetReferral(String referTo) {
		Map<String, Object> form = findings();
		form.put("mediationResult", "none");
		form.put("referTo", referTo);
		form.put("referralReason", "双方对损失金额分歧过大，店主表示将起诉");
		return form;
	}

	static Map<String, Object> followUp(boolean honoured) {
		return Map.of("agreementHonoured", honoured ? "yes" : "no", "followUpNote",
				honoured ? "已电话核实：租户已修好水管并付清350元" : "租户未付款，水管仍在滴水");
	}

	static Map<String, Object> with(Map<String, Object> form, String name, Object value) {
		Map<String, Object> changed = new HashMap<>(form);
		if (value == null) {
			changed.remove(name);
		}
		else {
			changed.put(name, value);
		}
		return changed;
	}

}
