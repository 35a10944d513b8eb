package org.shequ.repair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** 认领上门维修 created: the weekend slots on offer, as a task-local variable that the form's select reads. */
@Component("slotChoices")
class SlotChoices implements TaskListener {

	private final CaseRecords records;

	private final VolunteerVisitRepository visits;

	private final WeekendSlots slots;

	private final ObjectMapper json;

	SlotChoices(CaseRecords records, VolunteerVisitRepository visits, WeekendSlots slots, ObjectMapper json) {
		this.records = records;
		this.visits = visits;
		this.slots = slots;
		this.json = json;
	}

	@Override
	public void notify(DelegateTask task) {
		Case kase = records.of(task);
		VolunteerVisit visit = visits.findFirstByCaseIdOrderByVisitNumberDesc(kase.getId()).orElseThrow();
		task.setVariableLocal("slotChoices", Choices.json(json, visit.slots()
			.stream()
			.map(slot -> new Choices.Choice(slots.label(slot), slot.toString()))
			.toList()));
	}

}
