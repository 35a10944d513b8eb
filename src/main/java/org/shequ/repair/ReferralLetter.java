package org.shequ.repair;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.shequ.asset.Asset;
import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.intake.Case;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * The referral letter (转介函) as a page to print on A4, with a tear-off acknowledgement slip (回执).
 * The resident's phone number stays with the community: the body contacts the community.
 */
@Component
class ReferralLetter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final String STYLE = """
			body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;font-size:15px;line-height:1.8;
			max-width:170mm;margin:16mm auto;color:#000}
			h1{text-align:center;font-size:26px;letter-spacing:.5em;margin:0 0 4px}
			.no{text-align:right;margin:0 0 18px}
			table{border-collapse:collapse;width:100%;margin:12px 0}
			th,td{border:1px solid #000;padding:4px 8px;text-align:left;vertical-align:top}
			th{width:7em;white-space:nowrap;font-weight:normal}
			.sign{text-align:right;margin-top:36px}
			.slip{border-top:1px dashed #000;margin-top:36px;padding-top:12px}
			.hint{color:#555;font-size:13px}
			@media print{.hint{display:none}body{margin:0 auto}}
			""";

	private final CommunityRepository communities;

	private final RepairCases repairs;

	private final IdentityService identity;

	private final Privileged privileged;

	private final ShequClock clock;

	ReferralLetter(CommunityRepository communities, RepairCases repairs, IdentityService identity,
			Privileged privileged, ShequClock clock) {
		this.communities = communities;
		this.repairs = repairs;
		this.identity = identity;
		this.privileged = privileged;
		this.clock = clock;
	}

	String html(Case kase, Referral referral) {
		String community = communities.findById(kase.getCommunityId()).map(Community::getName).orElse(kase.getCommunityId());
		Asset asset = repairs.assetOf(kase).orElse(null);
		RepairCase repair = repairs.of(kase);
		String issuedOn = DATE.format(referral.getIssuedAt().atZone(clock.zone()));
		StringBuilder page = new StringBuilder(4096);
		page.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>转介函 ")
			.append(e(referral.getLetterNumber()))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>")
			.append("<p class=\"hint\">用浏览器打印本页（Ctrl+P），盖章后送达责任单位。</p>")
			.append("<h1>转介函</h1><p class=\"no\">编号：")
			.append(e(referral.getLetterNumber()))
			.append("</p><p>")
			.append(e(referral.getBodyName()))
			.append("：</p><p>　　")
			.append(e(clock.display(kase.getReceivedAt())))
			.append("，我社区居民反映以下问题。经核实，该设施（事项）属贵单位负责维护，现转请贵单位处理：</p><table>");
		row(page, "诉求编号", kase.getTrackingNumber());
		row(page, "反映问题", kase.getTitle());
		row(page, "具体情况", repair.getNeed() != null ? repair.getNeed() : kase.getDescription());
		row(page, "地点", asset != null ? asset.getName() + "（" + asset.getLocation() + "）"
				: kase.getAddress() == null ? "—" : kase.getAddress());
		if (asset != null) {
			row(page, "产权／管理", asset.getOwnerKind().label() + "：" + asset.getOwnerName()
					+ (asset.hasManager() ? "；物业：" + asset.getManagerName() : ""));
		}
		row(page, "办理时限", "请于 " + clock.display(referral.getDueBy()) + " 前修复，并将签收和修复情况告知我社区");
		row(page, "社区联系人", issuerName(referral.getIssuedBy()) + "（" + community + "）");
		page.append("</table><p>　　如该事项不属贵单位职责，请书面注明理由告知我社区，以便转交相关单位。需要联系反映居民的，请与社区联系。</p>")
			.append("<p class=\"sign\">")
			.append(e(community))
			.append("居民委员会（盖章）<br>")
			.append(e(issuedOn))
			.append("</p><div class=\"slip\"><p><b>回执</b>（请签收后交回社区）　转介函编号：")
			.append(e(referral.getLetterNumber()))
			.append("</p><p>签收单位：")
			.append(e(referral.getBodyName()))
			.append("</p><p>签收人：＿＿＿＿＿＿　签收日期：＿＿＿＿年＿＿月＿＿日</p>")
			.append("<p>预计修复日期：＿＿＿＿年＿＿月＿＿日</p>")
			.append("<p>如不属本单位职责，理由：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿</p></div>")
			.append("</body></html>");
		return page.toString();
	}

	private static void row(StringBuilder page, String label, String value) {
		page.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value)).append("</td></tr>");
	}

	/** The caseworker's name as the webapps show it: first name, then last name. */
	private String issuerName(String userId) {
		User user = privileged.call(() -> identity.createUserQuery().userId(userId).singleResult());
		String name = user == null ? "" : (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String e(String value) {
		return value == null ? "" : htmlEscape(value, "UTF-8");
	}

}
