package org.shequ.mediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** The mediations held on a case and the agreements reached, as one text for the forms that follow. */
@Component
class MediationHistory {

	private final MediationSessionRepository sessions;

	private final MediationAgreementRepository agreements;

	private final ShequClock clock;

	MediationHistory(MediationSessionRepository sessions, MediationAgreementRepository agreements, ShequClock clock) {
		this.sessions = sessions;
		this.agreements = agreements;
		this.clock = clock;
	}

	String of(Long caseId) {
		List<MediationSession> held = sessions.findByCaseIdOrderByIdAsc(caseId);
		if (held.isEmpty()) {
			return "（尚无调解记录）";
		}
		Map<Long, MediationAgreement> bySession = agreements.findByCaseIdOrderBySequenceNoAsc(caseId)
			.stream()
			.collect(Collectors.toMap(MediationAgreement::getSessionId, Function.identity()));
		List<String> parts = new ArrayList<>();
		int n = 1;
		for (MediationSession session : held) {
			parts.add(describe(n++, session, bySession.get(session.getId())));
		}
		return String.join("\n\n", parts);
	}

	private String describe(int n, MediationSession session, MediationAgreement agreement) {
		Findings f = session.findings();
		List<String> lines = new ArrayList<>();
		lines.add("【第" + n + "次 " + session.getLevel().label() + "】" + clock.display(session.getRecordedAt()) + "　调解员 "
				+ session.getMediator());
		lines.add("甲方：" + f.partyAName() + "　" + f.partyAPhone() + "；乙方：" + f.partyBName() + "　" + f.partyBPhone());
		lines.add("查明的事实：" + f.factsFound());
		lines.add("主张的损失：" + f.lossClaimed() + "；核实的损失：" + f.lossFound());
		lines.add("调解方案：" + f.proposal());
		if (agreement != null) {
			lines.add("结果：达成协议（协议书 " + agreement.getAgreementNumber() + "）：" + agreement.getTerms());
			lines.add("给付：" + payment(agreement) + "；履行期限 " + agreement.getPayBy());
			if (agreement.getHonoured() != null) {
				lines.add("回访（" + clock.display(agreement.getCheckedAt()) + "）：" + (agreement.getHonoured() ? "已履行" : "未履行")
						+ "，" + agreement.getCheckNote());
			}
		}
		else if (session.getReferredTo() != null) {
			lines.add("结果：未达成协议，转介" + session.getReferredTo().label() + "：" + session.getNoAgreementReason());
		}
		else {
			lines.add("结果：未达成协议：" + session.getNoAgreementReason());
		}
		return String.join("\n", lines);
	}

	static String payment(MediationAgreement agreement) {
		if (!agreement.getPayer().pays()) {
			return "不涉及金钱给付";
		}
		return agreement.getPayer().label() + " " + MoneyText.plain(agreement.getAmount()) + " 元";
	}

}
