package org.shequ.repair;

import java.util.regex.Pattern;

import org.shequ.asset.Asset;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.NotFoundException;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the repair track of a case for the API, for those who may read the case. */
@Service
class RepairQueries {

	private static final Pattern TRACKING_NUMBER = Pattern.compile("^[A-Z]{3}-\\d{8}-\\d{4}$");

	private final CaseRepository cases;

	private final RepairCaseRepository repairs;

	private final RepairCases repairCases;

	private final DuplicateFlagRepository flags;

	private final ReferralRepository referrals;

	private final ReferralEventRepository events;

	private final VolunteerVisitRepository visits;

	private final ResponsibleBodies bodies;

	private final ShequClock clock;

	RepairQueries(CaseRepository cases, RepairCaseRepository repairs, RepairCases repairCases,
			DuplicateFlagRepository flags, ReferralRepository referrals, ReferralEventRepository events,
			VolunteerVisitRepository visits, ResponsibleBodies bodies, ShequClock clock) {
		this.cases = cases;
		this.repairs = repairs;
		this.repairCases = repairCases;
		this.flags = flags;
		this.referrals = referrals;
		this.events = events;
		this.visits = visits;
		this.bodies = bodies;
		this.clock = clock;
	}

	/** The case, if the caller may read it; 404 for unknown numbers. */
	private Case readable(String trackingNumber, CurrentUser user) {
		if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
			throw new NotFoundException("no case " + trackingNumber.substring(0, Math.min(40, trackingNumber.length())));
		}
		Case kase = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("no case " + trackingNumber));
		user.requireRead(kase.getCommunityId());
		return kase;
	}

	@Transactional(readOnly = true)
	RepairViews.Repair repair(String trackingNumber, CurrentUser user) {
		Case kase = readable(trackingNumber, user);
		RepairCase repair = repairs.findByCaseId(kase.getId())
			.orElseThrow(() -> new NotFoundException("case " + trackingNumber + " is not in the repair track"));
		Asset asset = repairCases.assetOf(kase).orElse(null);
		String current = repair.currentParty() == null ? null
				: bodies.resolve(repair.currentParty(), asset).map(ResponsibleBodies.Body::name).orElse(null);
		return new RepairViews.Repair(kase.getTrackingNumber(),
				asset == null ? null : new RepairViews.AssetRef(asset.getId(), asset.getName(), asset.getType().code(),
						asset.getOwnerKind().code(), asset.getOwnerName(), asset.getManagerName()),
				repair.getNeed(), repair.getInsideHome(), repair.getVulnerable(), repair.getResponsibleParty(),
				repair.getNextParty(), repair.getTimeLimit(), repair.getVolunteerTeam(),
				repair.getRoute() == null ? null : repair.getRoute().code(), current,
				repair.getLeadCaseId() == null ? null : trackingNumberOf(repair.getLeadCaseId()),
				repairs.findByLeadCaseIdOrderById(kase.getId()).stream().map(r -> trackingNumberOf(r.getCaseId())).toList(),
				flags.findByCaseIdOrderById(kase.getId())
					.stream()
					.map(f -> new RepairViews.Flag(trackingNumberOf(f.getCandidateId()), f.getReason().name()))
					.toList(),
				referrals.findByCaseIdOrderBySeqNo(kase.getId())
					.stream()
					.map(r -> RepairViews.ReferralView.of(kase.getTrackingNumber(), r,
							events.findByReferralIdOrderById(r.getId()), clock.zone()))
					.toList(),
				visits.findByCaseIdOrderByVisitNumber(kase.getId())
					.stream()
					.map(v -> RepairViews.Visit.of(v, clock.zone()))
					.toList());
	}

	record Letter(Case kase, Referral referral) {
	}

	@Transactional(readOnly = true)
	Letter letter(String trackingNumber, String letterNumber, CurrentUser user) {
		Case kase = readable(trackingNumber, user);
		Referral referral = referrals.findByLetterNumber(letterNumber)
			.filter(r -> r.getCaseId().equals(kase.getId()))
			.orElseThrow(() -> new NotFoundException("no referral letter " + letterNumber + " for case " + trackingNumber));
		return new Letter(kase, referral);
	}

	@Transactional(readOnly = true)
	RepairViews.ReferralView view(String trackingNumber, Referral referral) {
		return RepairViews.ReferralView.of(trackingNumber, referral, events.findByReferralIdOrderById(referral.getId()),
				clock.zone());
	}

	private String trackingNumberOf(Long caseId) {
		return cases.findById(caseId).map(Case::getTrackingNumber).orElse(null);
	}

}
