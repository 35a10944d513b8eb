package org.shequ.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the API shows of a case's mediation: each mediation held, each agreement with a link to its document. */
final class MediationViews {

	private MediationViews() {
	}

	record Mediation(String trackingNumber, List<Session> sessions, List<Agreement> agreements) {
	}

	record Party(String name, String phone) {
	}

	record Session(String level, String levelLabel, String mediator, OffsetDateTime recordedAt, Party partyA,
			Party partyB, String factsFound, String lossClaimed, String lossFound, String proposal, String outcome,
			String noAgreementReason, String referredTo, String referredToLabel) {

		static Session of(MediationSession s, ZoneId zone) {
			Findings f = s.findings();
			return new Session(s.getLevel().name(), s.getLevel().label(), s.getMediator(), at(s.getRecordedAt(), zone),
					new Party(f.partyAName(), f.partyAPhone()), new Party(f.partyBName(), f.partyBPhone()),
					f.factsFound(), f.lossClaimed(), f.lossFound(), f.proposal(), s.getOutcome(),
					s.getNoAgreementReason(), s.getReferredTo() == null ? null : s.getReferredTo().code(),
					s.getReferredTo() == null ? null : s.getReferredTo().label());
		}

	}

	record Agreement(String number, int sequence, String terms, String payer, String payerLabel, BigDecimal amount,
			LocalDate payBy, boolean consentA, boolean consentB, String mediator, String mediatorName,
			String mediationBody, OffsetDateTime signedAt, OffsetDateTime issuedAt, String document, Boolean honoured,
			String checkedBy, OffsetDateTime checkedAt, String checkNote) {

		static Agreement of(String trackingNumber, MediationAgreement a, ZoneId zone) {
			return new Agreement(a.getAgreementNumber(), a.getSequenceNo(), a.getTerms(), a.getPayer().code(),
					a.getPayer().label(), a.getAmount(), a.getPayBy(), a.isConsentA(), a.isConsentB(), a.getMediator(),
					a.getMediatorName(), a.getMediationBody(), at(a.getSignedAt(), zone), at(a.getIssuedAt(), zone),
					a.isIssued() ? "/api/cases/" + trackingNumber + "/mediation/agreements/" + a.getSequenceNo() : null,
					a.getHonoured(), a.getCheckedBy(), at(a.getCheckedAt(), zone), a.getCheckNote());
		}

	}

	private static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

}
