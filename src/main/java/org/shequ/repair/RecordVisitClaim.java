package org.shequ.repair;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.InvalidFormException;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/** 认领上门维修 completed: a volunteer takes one of the offered slots; the visit becomes their task. */
@Component("recordVisitClaim")
class RecordVisitClaim implements TaskListener {

	static final String VOLUNTEER = "volunteer";

	private final CaseRecords records;

	private final VolunteerVisitRepository visits;

	private final WeekendSlots slots;

	private final VolunteerTeam team;

	private final ShequClock clock;

	RecordVisitClaim(CaseRecords records, VolunteerVisitRepository visits, WeekendSlots slots,
			VolunteerTeam team, ShequClock clock) {
		this.records = records;
		this.visits = visits;
		this.slots = slots;
		this.team = team;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String chosen = form.text("visitSlot", "上门时段", 32);
		Case kase = records.of(task);
		VolunteerVisit visit = visits.findFirstByCaseIdOrderByVisitNumberDesc(kase.getId()).orElseThrow();
		LocalDateTime slot = offered(visit, chosen);
		String volunteer = records.actor(task);
		if (!team.isMember(volunteer)) {
			throw new InvalidFormException("只有党员志愿者服务队的队员可以认领上门维修");
		}
		visit.claim(volunteer, slots.start(slot), clock.now());
		records.log(kase, "VISIT_CLAIMED", volunteer, "志愿者 " + volunteer + " 认领上门时段 " + slots.label(slot));
		task.getExecution().setVariable(VOLUNTEER, volunteer);
		form.consume();
	}

	private static LocalDateTime offered(VolunteerVisit visit, String chosen) {
		try {
			LocalDateTime slot = LocalDateTime.parse(chosen);
			if (visit.slots().contains(slot)) {
				return slot;
			}
		}
		catch (DateTimeParseException e) {
			// not a slot at all: refused below like any slot that was not offered
		}
		throw new InvalidFormException("请从提供的周末时段中选择");
	}

}
