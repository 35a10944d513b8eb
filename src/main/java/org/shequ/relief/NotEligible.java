package org.shequ.relief;

import java.util.Map;

/**
 * Why a programme asked for was not granted, in the words of the written answer. They restate the
 * conditions of relief-eligibility.dmn; whoever changes the table's conditions changes these too.
 */
final class NotEligible {

	private static final Map<Programme, String> REASONS = Map.of(Programme.DIBAO,
			"家庭人均月收入高于当地低保标准，或存款、住房、机动车超过低保规定", Programme.TEMPORARY,
			"未因重病、意外事故或失业陷入困难，或家庭人均月收入高于当地低保标准2倍", Programme.EMERGENCY,
			"不属于重病、意外事故等急难情形", Programme.WOMENS_FEDERATION, "妇联的帮扶面向家有未成年人且家庭成员患重病的家庭",
			Programme.RED_CROSS, "红十字会大病救助面向家庭成员患重病的家庭", Programme.CIVIL_AFFAIRS_BUREAU,
			"民政局的救助名额面向独居老人、残疾人和家庭成员患重病的低收入家庭");

	private NotEligible() {
	}

	static String reason(Programme programme) {
		return REASONS.get(programme);
	}

}
