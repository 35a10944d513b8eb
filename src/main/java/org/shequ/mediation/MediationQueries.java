package org.shequ.mediation;

import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.security.Roles;
import org.shequ.system.NotFoundException;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case's mediation for the API. The community's staff, auditors and the administrator read it;
 * so does the street office, for the disputes that came before its mediation committee.
 */
@Service
class MediationQueries {

	private final CaseRepository cases;

	private final MediationSessionRepository sessions;

	private final MediationAgreementRepository agreements;

	private final ShequClock clock;

	MediationQueries(CaseRepository cases, MediationSessionRepository sessions, MediationAgreementRepository agreements,
			ShequClock clock) {
		this.cases = cases;
		this.sessions = sessions;
		this.agreements = agreements;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	MediationViews.Mediation mediation(String trackingNumber, CurrentUser user) {
		Case kase = readable(trackingNumber, user);
		return new MediationViews.Mediation(kase.getTrackingNumber(),
				sessions.findByCaseIdOrderByIdAsc(kase.getId())
					.stream()
					.map(s -> MediationViews.Session.of(s, clock.zone()))
					.toList(),
				agreements.findByCaseIdOrderBySequenceNoAsc(kase.getId())
					.stream()
					.map(a -> MediationViews.Agreement.of(kase.getTrackingNumber(), a, clock.zone()))
					.toList());
	}

	/** The agreement's document exactly as issued. */
	@Transactional(readOnly = true)
	String document(String trackingNumber, int sequence, CurrentUser user) {
		Case kase = readable(trackingNumber, user);
		return agreements.findByCaseIdAndSequenceNo(kase.getId(), sequence)
			.filter(MediationAgreement::isIssued)
			.map(MediationAgreement::getDocumentHtml)
			.orElseThrow(() -> new NotFoundException("case " + trackingNumber + " has no mediation agreement " + sequence));
	}

	private Case readable(String trackingNumber, CurrentUser user) {
		Case kase = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException(
					"no case " + trackingNumber.substring(0, Math.min(40, trackingNumber.length()))));
		// every mediation that ends without agreement sends the dispute up to the street committee
		boolean streetCommittee = user.groups().contains(Roles.STREET_OFFICE)
				&& sessions.existsByCaseIdAndOutcome(kase.getId(), MediationSession.NONE);
		if (!streetCommittee) {
			user.requireRead(kase.getCommunityId());
		}
		return kase;
	}

}
