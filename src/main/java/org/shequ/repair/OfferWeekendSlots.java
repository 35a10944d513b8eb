package org.shequ.repair;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 安排周末上门时段: offers the volunteer team the coming weekend slots for a home visit (the first, or
 * another one when the last visit could not finish the job or nobody claimed the slots in time). Sets
 * {@code claimBy}, the start of the last slot offered.
 */
@Component("offerWeekendSlots")
class OfferWeekendSlots implements JavaDelegate {

	static final String CLAIM_BY = "claimBy";

	private final CaseRecords records;

	private final VolunteerVisitRepository visits;

	private final WeekendSlots slots;

	private final ShequClock clock;

	OfferWeekendSlots(CaseRecords records, VolunteerVisitRepository visits, WeekendSlots slots, ShequClock clock) {
		this.records = records;
		this.visits = visits;
		this.slots = slots;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		List<VolunteerVisit> earlier = visits.findByCaseIdOrderByVisitNumber(kase.getId());
		earlier.stream().filter(v -> v.getStatus() == VolunteerVisit.Status.OFFERED).forEach(VolunteerVisit::lapse);
		int visitNumber = (int) earlier.stream().filter(v -> v.getStatus() == VolunteerVisit.Status.VISITED).count() + 1;
		Instant now = clock.now();
		List<LocalDateTime> offered = slots.offeredAfter(now);
		Instant claimBy = slots.start(offered.get(offered.size() - 1));
		visits.save(new VolunteerVisit(kase.getId(), earlier.size() + 1, offered, now, claimBy));
		records.log(kase, "VISIT_OFFERED", CaseRecords.SYSTEM, "第" + visitNumber + "次上门，请志愿者认领时段："
				+ offered.stream().map(slots::label).collect(Collectors.joining("、")));
		execution.setVariable(CLAIM_BY, Date.from(claimBy));
	}

}
