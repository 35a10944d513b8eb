package org.shequ.repair;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 查找重复报修: flags the open repair cases this report may repeat, so the caseworker sees them in the
 * first task and can link the case. Sets {@code duplicateSuspected}.
 */
@Component("findDuplicateRepairs")
class FindDuplicateRepairs implements JavaDelegate {

	static final String SUSPECTED = "duplicateSuspected";

	private final CaseRecords records;

	private final RepairCases repairs;

	private final DuplicateFinder finder;

	private final DuplicateFlagRepository flags;

	private final ShequClock clock;

	FindDuplicateRepairs(CaseRecords records, RepairCases repairs, DuplicateFinder finder,
			DuplicateFlagRepository flags, ShequClock clock) {
		this.records = records;
		this.repairs = repairs;
		this.finder = finder;
		this.flags = flags;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		repairs.of(kase);
		List<DuplicateFinder.Candidate> candidates = finder.candidatesFor(kase);
		for (DuplicateFinder.Candidate candidate : candidates) {
			if (!flags.existsByCaseIdAndCandidateId(kase.getId(), candidate.kase().getId())) {
				flags.save(new DuplicateFlag(kase.getId(), candidate.kase().getId(), candidate.reason(), clock.now()));
			}
		}
		if (!candidates.isEmpty()) {
			records.log(kase, "DUPLICATE_FLAGGED", CaseRecords.SYSTEM, "疑似重复报修："
					+ candidates.stream()
						.map(c -> c.kase().getTrackingNumber() + "（" + c.reason().label() + "）")
						.collect(Collectors.joining("、")));
		}
		execution.setVariable(SUSPECTED, !candidates.isEmpty());
	}

}
