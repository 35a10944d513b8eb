package org.shequ.repair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.intake.CaseStatus;
import org.springframework.stereotype.Component;

/**
 * Finds the open repair cases that a new report may repeat: about the same registered asset, or in the
 * same community at a similar address and received within the duplicate window (14 days). Cases that
 * are already linked to another are left out; their lead case is the one to link to.
 */
@Component
class DuplicateFinder {

	static final Set<CaseStatus> BEING_WORKED_ON = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.DISPATCHED,
			CaseStatus.IN_PROGRESS, CaseStatus.REOPENED);

	private final OpenRepairCases open;

	private final CaseRepository cases;

	private final RepairCaseRepository repairs;

	private final DuplicateFlagRepository flags;

	private final RepairProperties properties;

	DuplicateFinder(OpenRepairCases open, CaseRepository cases, RepairCaseRepository repairs,
			DuplicateFlagRepository flags, RepairProperties properties) {
		this.open = open;
		this.cases = cases;
		this.repairs = repairs;
		this.flags = flags;
		this.properties = properties;
	}

	record Candidate(Case kase, DuplicateFlag.Reason reason) {
	}

	List<Candidate> candidatesFor(Case kase) {
		Instant since = kase.getReceivedAt().minus(properties.duplicateWindow());
		List<Candidate> found = new ArrayList<>();
		for (Case other : open.find(kase.getCommunityId(), RepairCases.TRACK, BEING_WORKED_ON, kase.getId())) {
			if (isLinked(other)) {
				continue;
			}
			if (kase.getAssetId() != null && kase.getAssetId().equals(other.getAssetId())) {
				found.add(new Candidate(other, DuplicateFlag.Reason.ASSET));
			}
			else if (!other.getReceivedAt().isBefore(since)
					&& AddressSimilarity.similar(kase.getAddress(), other.getAddress())) {
				found.add(new Candidate(other, DuplicateFlag.Reason.ADDRESS));
			}
		}
		return found;
	}

	/** The cases flagged for this one that it can still be linked to. */
	List<Candidate> flaggedLeads(Case kase) {
		return flags.findByCaseIdOrderById(kase.getId())
			.stream()
			.map(flag -> cases.findById(flag.getCandidateId())
				.filter(lead -> canLead(kase, lead))
				.map(lead -> new Candidate(lead, flag.getReason())))
			.flatMap(Optional::stream)
			.filter(distinctBy())
			.toList();
	}

	/** Why this case cannot be linked to that one, or empty when it can. */
	Optional<String> whyNotLinkable(Case kase, Case lead) {
		if (!flags.existsByCaseIdAndCandidateId(kase.getId(), lead.getId())) {
			return Optional.of(lead.getTrackingNumber() + " 不在本诉求的疑似重复报修之列");
		}
		if (!canLead(kase, lead)) {
			return Optional.of(lead.getTrackingNumber() + " 已办结或已并入其他诉求，不能再并案");
		}
		if (repairs.existsByLeadCaseId(kase.getId())) {
			return Optional.of("已有其他诉求并入本诉求，本诉求不能再并入他案");
		}
		return Optional.empty();
	}

	private boolean canLead(Case kase, Case lead) {
		return !Objects.equals(kase.getId(), lead.getId()) && kase.getCommunityId().equals(lead.getCommunityId())
				&& RepairCases.TRACK.equals(lead.getTrack()) && BEING_WORKED_ON.contains(lead.getStatus())
				&& !isLinked(lead);
	}

	private boolean isLinked(Case kase) {
		return repairs.findByCaseId(kase.getId()).map(RepairCase::isLinked).orElse(false);
	}

	private static Predicate<Candidate> distinctBy() {
		Set<Long> seen = new HashSet<>();
		return c -> seen.add(c.kase().getId());
	}

}
