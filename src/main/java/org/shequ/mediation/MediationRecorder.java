package org.shequ.mediation;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.roster.StaffNames;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * Stores a completed mediation form, community or street level alike: the session, and for an
 * agreement its terms under the next agreement number (tracking number and sequence, e.g.
 * {@code JFQ-20261202-0001-1}). Sets {@code mediationOutcome} ({@code agreement} or {@code none}) for
 * the model's gateway.
 */
@Component
class MediationRecorder {

	static final String OUTCOME = "mediationOutcome";

	static final String STREET_COMMITTEE = "街道人民调解委员会";

	private final CaseRecords records;

	private final MediationSessionRepository sessions;

	private final MediationAgreementRepository agreements;

	private final CommunityRepository communities;

	private final StaffNames names;

	private final ShequClock clock;

	MediationRecorder(CaseRecords records, MediationSessionRepository sessions,
			MediationAgreementRepository agreements, CommunityRepository communities, StaffNames names,
			ShequClock clock) {
		this.records = records;
		this.sessions = sessions;
		this.agreements = agreements;
		this.communities = communities;
		this.names = names;
		this.clock = clock;
	}

	/** The reason given when no agreement was reached, and for the street level where the case goes next. */
	record NoAgreement(String reason, ReferralTarget referredTo) {
	}

	interface NoAgreementReader {

		NoAgreement read(MediationForm form);

	}

	void record(DelegateTask task, MediationLevel level, NoAgreementReader noAgreement) {
		MediationForm form = MediationForm.of(task);
		Findings findings = form.findings();
		boolean agreed = form.agreed();
		Instant now = clock.now();
		AgreementTerms terms = agreed ? form.terms(now.atZone(clock.zone()).toLocalDate(), clock.zone()) : null;
		NoAgreement none = agreed ? null : noAgreement.read(form);
		Case kase = records.of(task);
		String actor = records.actor(task);

		if (agreed) {
			MediationSession session = sessions.save(MediationSession.agreed(kase.getId(), level, actor, findings, now));
			int sequence = (int) agreements.countByCaseId(kase.getId()) + 1;
			MediationAgreement agreement = agreements.save(new MediationAgreement(kase.getId(), session.getId(), sequence,
					kase.getTrackingNumber() + "-" + sequence, terms, actor, names.nameOf(actor), body(kase, level), now));
			records.log(kase, "MEDIATED", actor, level.label() + "达成协议（" + agreement.getAgreementNumber() + "）：甲方 "
					+ findings.partyAName() + "，乙方 " + findings.partyBName() + "；主张损失：" + findings.lossClaimed()
					+ "；核实损失：" + findings.lossFound() + "；协议：" + terms.terms() + "；"
					+ MediationHistory.payment(agreement) + "，履行期限 " + terms.payBy());
		}
		else {
			sessions.save(MediationSession.notAgreed(kase.getId(), level, actor, findings, none.reason(),
					none.referredTo(), now));
			records.log(kase, "MEDIATED", actor, level.label() + "未达成协议：甲方 " + findings.partyAName() + "，乙方 "
					+ findings.partyBName() + "；主张损失：" + findings.lossClaimed() + "；核实损失：" + findings.lossFound()
					+ "；原因：" + none.reason()
					+ (none.referredTo() == null ? "" : "；拟转介" + none.referredTo().label()));
		}
		form.fields().consume(MediationForm.OPTIONAL);
		task.getExecution().setVariable(OUTCOME, agreed ? MediationSession.AGREEMENT : MediationSession.NONE);
	}

	private String body(Case kase, MediationLevel level) {
		if (level == MediationLevel.STREET) {
			return STREET_COMMITTEE;
		}
		String community = communities.findById(kase.getCommunityId())
			.map(Community::getName)
			.orElse(kase.getCommunityId());
		return community + "人民调解委员会";
	}

}
