package org.shequ.repair;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.CaseRepository;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 并案诉求一并办结: the cases linked to this one as repeated reports are resolved with it, and their
 * tracks are told to end, so that every reporter gets their own callback.
 */
@Component("resolveLinkedCases")
class ResolveLinkedCases implements JavaDelegate {

	static final String LEAD_RESOLVED = "repairLeadCaseResolved";

	private final CaseRecords records;

	private final CaseRepository cases;

	private final RepairCaseRepository repairs;

	private final RuntimeService runtime;

	private final Privileged privileged;

	private final ShequClock clock;

	ResolveLinkedCases(CaseRecords records, CaseRepository cases, RepairCaseRepository repairs, RuntimeService runtime,
			Privileged privileged, ShequClock clock) {
		this.records = records;
		this.cases = cases;
		this.repairs = repairs;
		this.runtime = runtime;
		this.privileged = privileged;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case lead = records.of(execution);
		for (RepairCase linked : repairs.findByLeadCaseIdOrderById(lead.getId())) {
			Case follower = cases.findById(linked.getCaseId()).orElseThrow();
			if (follower.isResolved()) {
				continue;
			}
			follower.resolve(lead.getOutcome(), "与 " + lead.getTrackingNumber() + " 并案办理：" + lead.getOutcomeSummary(),
					lead.getResolvedBy(), clock.now());
			records.log(follower, "RESOLVED", CaseRecords.SYSTEM, "随 " + lead.getTrackingNumber() + " 一并办结："
					+ lead.getOutcomeSummary());
			records.log(lead, "LINKED_RESOLVED", CaseRecords.SYSTEM, "并案诉求 " + follower.getTrackingNumber() + " 一并办结");
			privileged.run(() -> runtime.createMessageCorrelation(LEAD_RESOLVED)
				.processInstanceBusinessKey(follower.getTrackingNumber())
				.correlateWithResult());
		}
	}

}
