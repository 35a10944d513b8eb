package org.shequ.mediation;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 出具调解协议书: renders the agreement just reached as a printable document kept with the case,
 * resolves the case (办结, outcome {@code agreement}) and sets {@code followUpAt} for the visit that
 * checks it was honoured.
 */
@Component("issueAgreement")
class IssueAgreement implements JavaDelegate {

	static final String FOLLOW_UP_AT = "followUpAt";

	static final String AGREEMENT = "agreement";

	private static final int SUMMARY_TERMS = 1500;

	private final CaseRecords records;

	private final MediationAgreementRepository agreements;

	private final MediationSessionRepository sessions;

	private final AgreementDocument document;

	private final Deadlines deadlines;

	private final ShequClock clock;

	IssueAgreement(CaseRecords records, MediationAgreementRepository agreements, MediationSessionRepository sessions,
			AgreementDocument document, Deadlines deadlines, ShequClock clock) {
		this.records = records;
		this.agreements = agreements;
		this.sessions = sessions;
		this.document = document;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		MediationAgreement agreement = agreements.findFirstByCaseIdOrderBySequenceNoDesc(kase.getId())
			.filter(a -> !a.isIssued())
			.orElseThrow(() -> new IllegalStateException("no agreement to issue for " + kase.getTrackingNumber()));
		MediationSession session = sessions.findById(agreement.getSessionId()).orElseThrow();
		Instant now = clock.now();
		agreement.issue(document.render(kase, session, agreement), now);

		String terms = agreement.getTerms();
		if (terms.length() > SUMMARY_TERMS) {
			terms = terms.substring(0, SUMMARY_TERMS) + "…";
		}
		kase.resolve(AGREEMENT, agreement.getMediationBody() + "主持调解，双方达成协议（调解协议书 " + agreement.getAgreementNumber()
				+ "）：" + terms, agreement.getMediator(), now);
		records.log(kase, "AGREEMENT_ISSUED", agreement.getMediator(), "出具调解协议书 " + agreement.getAgreementNumber());
		records.log(kase, "RESOLVED", agreement.getMediator(), "调解达成协议：" + terms);

		String followUpAfter = (String) execution.getVariable(PrepareMediation.FOLLOW_UP_AFTER);
		Instant followUpAt = deadlines.after(now, followUpAfter);
		execution.setVariable(FOLLOW_UP_AT, Date.from(followUpAt));
	}

}
