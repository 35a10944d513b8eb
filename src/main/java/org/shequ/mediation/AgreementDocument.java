package org.shequ.mediation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.shequ.intake.Case;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mediation agreement (人民调解协议书) as an HTML page made for printing on A4: both parties,
 * the facts, the losses claimed and found, the terms, the payment with its amount in capitals, the
 * deadline, both parties' consent, the mediator and the mediating body. Rendered once when issued and
 * kept as it was, so a later change of this layout does not alter agreements already signed.
 */
@Component
class AgreementDocument {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final String STYLE = """
			body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif;
			       max-width: 170mm; margin: 0 auto; padding: 12mm 0; line-height: 1.8; color: #000; }
			h1 { text-align: center; letter-spacing: 0.5em; font-size: 22pt; margin-bottom: 0; }
			.number { text-align: right; margin-top: 0.5em; }
			h2 { font-size: 13pt; margin: 1.2em 0 0.3em; }
			table.parties { width: 100%; border-collapse: collapse; }
			table.parties th, table.parties td { border: 1px solid #000; padding: 4px 8px; text-align: left; }
			p { margin: 0.3em 0; text-indent: 2em; white-space: pre-wrap; }
			.signatures { display: flex; justify-content: space-between; margin-top: 3em; }
			.signatures div { width: 32%; }
			.footer { margin-top: 2em; text-align: right; }
			.case { margin-top: 2em; font-size: 9pt; color: #444; }
			@media print { @page { size: A4; margin: 20mm; } .noprint { display: none; } body { padding: 0; } }
			""";

	private final ShequClock clock;

	AgreementDocument(ShequClock clock) {
		this.clock = clock;
	}

	String render(Case kase, MediationSession session, MediationAgreement agreement) {
		Findings f = session.findings();
		LocalDate signed = agreement.getSignedAt().atZone(clock.zone()).toLocalDate();
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>人民调解协议书 ")
			.append(e(agreement.getAgreementNumber()))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n")
			.append("<p class=\"noprint\">请用浏览器的“打印”（Ctrl+P）打印本页，一式三份。</p>\n")
			.append("<h1>人民调解协议书</h1>\n")
			.append("<div class=\"number\">编号：").append(e(agreement.getAgreementNumber())).append("</div>\n")
			.append("<h2>当事人</h2>\n<table class=\"parties\">\n<tr><th></th><th>姓名</th><th>联系电话</th></tr>\n")
			.append("<tr><th>甲方（反映人）</th><td>").append(e(f.partyAName())).append("</td><td>")
			.append(e(f.partyAPhone())).append("</td></tr>\n")
			.append("<tr><th>乙方</th><td>").append(e(f.partyBName())).append("</td><td>")
			.append(e(f.partyBPhone())).append("</td></tr>\n</table>\n")
			.append("<h2>纠纷主要事实</h2>\n<p>").append(e(f.factsFound())).append("</p>\n")
			.append("<h2>损失情况</h2>\n<p>当事人主张：").append(e(f.lossClaimed())).append("</p>\n<p>经调解员现场核实：")
			.append(e(f.lossFound())).append("</p>\n")
			.append("<h2>经调解，双方当事人自愿达成如下协议</h2>\n<p>").append(e(agreement.getTerms())).append("</p>\n")
			.append("<p>").append(e(payment(f, agreement))).append("</p>\n")
			.append("<h2>当事人确认</h2>\n<p>甲方")
			.append(agreement.isConsentA() ? "已知悉并同意本协议。" : "未同意本协议。")
			.append("乙方").append(agreement.isConsentB() ? "已知悉并同意本协议。" : "未同意本协议。")
			.append("本协议经双方当事人签名（盖章或按指印）、调解员签名并加盖调解委员会印章后生效，具有法律约束力，当事人应当按照约定履行。")
			.append("本协议一式三份，双方当事人和调解委员会各执一份。</p>\n")
			.append("<div class=\"signatures\">\n<div>甲方（签名）：<br><br>").append(e(f.partyAName()))
			.append("</div>\n<div>乙方（签名）：<br><br>").append(e(f.partyBName()))
			.append("</div>\n<div>调解员（签名）：<br><br>").append(e(agreement.getMediatorName())).append("（")
			.append(e(agreement.getMediator())).append("）</div>\n</div>\n")
			.append("<div class=\"footer\">").append(e(agreement.getMediationBody())).append("（印章）<br>")
			.append(CHINESE_DATE.format(signed)).append("</div>\n")
			.append("<div class=\"case\">诉求编号 ").append(e(kase.getTrackingNumber())).append("　").append(e(kase.getTitle()))
			.append("　协议达成时间 ").append(e(clock.display(agreement.getSignedAt()))).append("</div>\n")
			.append("</body>\n</html>\n");
		return html.toString();
	}

	/** 乙方张三于2026年12月5日前向甲方黄老板支付人民币350.00元（大写：叁佰伍拾元整）。 */
	private static String payment(Findings f, MediationAgreement agreement) {
		String deadline = CHINESE_DATE.format(agreement.getPayBy());
		return switch (agreement.getPayer()) {
			case NONE -> "本协议不涉及金钱给付，双方应于" + deadline + "前履行上述协议。";
			case PARTY_B -> pay("乙方" + f.partyBName(), "甲方" + f.partyAName(), deadline, agreement);
			case PARTY_A -> pay("甲方" + f.partyAName(), "乙方" + f.partyBName(), deadline, agreement);
		};
	}

	private static String pay(String payer, String payee, String deadline, MediationAgreement agreement) {
		return payer + "于" + deadline + "前向" + payee + "支付人民币" + MoneyText.plain(agreement.getAmount()) + "元（大写："
				+ MoneyText.capitals(agreement.getAmount()) + "）。";
	}

	private static String e(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
