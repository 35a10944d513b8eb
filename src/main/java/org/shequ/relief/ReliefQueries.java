package org.shequ.relief;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.NotFoundException;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's relief applications for those allowed to see household income and medical facts. */
@Service
class ReliefQueries {

	private final CaseRepository cases;

	private final ReliefApplicationRepository applications;

	private final DocumentRequestRepository requests;

	private final HouseholdSurveyRepository surveys;

	private final ObjectionRepository objections;

	private final ReliefDecisionRepository decisions;

	private final ReliefReferralRepository referrals;

	private final ShequClock clock;

	ReliefQueries(CaseRepository cases, ReliefApplicationRepository applications, DocumentRequestRepository requests,
			HouseholdSurveyRepository surveys, ObjectionRepository objections, ReliefDecisionRepository decisions,
			ReliefReferralRepository referrals, ShequClock clock) {
		this.cases = cases;
		this.applications = applications;
		this.requests = requests;
		this.surveys = surveys;
		this.objections = objections;
		this.decisions = decisions;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReliefViews.Applications of(String trackingNumber, CurrentUser user) {
		Case kase = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("no case " + trackingNumber));
		ReliefAccess.requireDetails(user, kase.getCommunityId());
		return new ReliefViews.Applications(kase.getTrackingNumber(), kase.getCommunityId(),
				applications.findByCaseIdOrderByIdDesc(kase.getId()).stream().map(this::view).toList());
	}

	private ReliefViews.Application view(ReliefApplication a) {
		return new ReliefViews.Application(a.getId(), a.getStatus().name(), a.getStatus().label(), at(a.getRegisteredAt()),
				a.getRegisteredBy(),
				a.getMembers().stream().map(m -> new ReliefViews.Member(m.getName(), m.getRelationship(), m.getAge(),
						m.getMonthlyIncome())).toList(),
				a.getHouseholdSize(), a.getTotalIncome(), a.getPerHeadIncome(), a.getLocalLine(), a.getHousing().code(),
				a.hasVehicle(), a.getSavings(), a.getHardship().stream().map(Hardship::code).toList(), a.getHardshipNote(),
				codes(a.getProgrammesAsked()), codes(a.getEligibleProgrammes()), a.getEligibilityBasis(),
				a.getDecisionDefinitionId(), codes(a.getPursuedProgrammes()),
				a.documentsIn().stream().map(Document::code).toList(),
				a.missingDocuments().stream().map(Document::code).toList(),
				requests.findByApplicationIdOrderByIdAsc(a.getId()).stream()
					.map(r -> new ReliefViews.Request(r.getMissing(), r.getNotice(), at(r.getRequestedAt()), at(r.getDueBy()),
							at(r.getReceivedAt()), at(r.getLapsedAt())))
					.toList(),
				a.isPaused(), a.getPausedWorkingDays(), at(a.getDibaoDueBy()), a.isDibaoExtended(), a.getExtensionReason(),
				a.getNoticeRound(),
				surveys.findByApplicationIdOrderByIdAsc(a.getId()).stream()
					.map(s -> new ReliefViews.Survey(s.getRound(), s.isConfirms(), s.getFindings(), s.getSurveyedBy(),
							at(s.getSurveyedAt())))
					.toList(),
				objections.findByApplicationIdOrderByIdAsc(a.getId()).stream()
					.map(o -> new ReliefViews.LodgedObjection(o.getNoticeRound(), o.getContent(), o.getObjectorName(),
							o.getObjectorPhone(), o.getLodgedBy(), at(o.getLodgedAt())))
					.toList(),
				decisions.findByApplicationIdOrderByIdAsc(a.getId()).stream()
					.map(d -> new ReliefViews.Decision(d.getKind().name(), d.isApproved(), d.getAmount(), d.getFirstMonth(),
							d.getReasons(), d.getDecidedBy(), at(d.getDecidedAt()), at(d.getNoticeDueBy()),
							at(d.getNoticeDeliveredAt())))
					.toList(),
				referrals.findByApplicationIdOrderByIdAsc(a.getId()).stream()
					.map(r -> new ReliefViews.Partner(r.getPartner().code(), at(r.getSentAt()), at(r.getAcknowledgeBy()),
							at(r.getAcknowledgedAt()), r.getAcknowledgedBy(), at(r.getResultBy()), r.getOutcome(),
							r.getOutcomeNote(), r.getChaseCount()))
					.toList(),
				at(a.getConcludedAt()));
	}

	private static List<String> codes(Collection<Programme> programmes) {
		return programmes.stream().sorted().map(Programme::code).toList();
	}

	OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atZone(clock.zone()).toOffsetDateTime();
	}

}
