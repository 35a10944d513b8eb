package org.shequ.repair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.InvalidFormException;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/**
 * 上门维修并记录 completed: what the volunteer repaired, the parts used and the time spent, and whether
 * another visit is needed ({@code anotherVisit}). Refused before the claimed slot has begun, and from
 * anyone outside the volunteer team (a team member may stand in for the one who claimed it).
 */
@Component("recordVolunteerVisit")
class RecordVolunteerVisit implements TaskListener {

	static final int MAX_MINUTES = 24 * 60;

	private final CaseRecords records;

	private final VolunteerVisitRepository visits;

	private final VolunteerTeam team;

	private final ShequClock clock;

	RecordVolunteerVisit(CaseRecords records, VolunteerVisitRepository visits, VolunteerTeam team, ShequClock clock) {
		this.records = records;
		this.visits = visits;
		this.team = team;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String workDone = form.text("workDone", "维修内容", 2000);
		String parts = form.text("partsUsed", "使用的配件", 1000);
		int minutes = minutes(task.getVariable("minutesSpent"));
		boolean another = form.yesNo("anotherVisit", "是否需要再次上门");
		String reason = another ? form.text("anotherVisitReason", "需要再次上门的原因", 2000) : null;
		Case kase = records.of(task);
		VolunteerVisit visit = visits.findFirstByCaseIdOrderByVisitNumberDesc(kase.getId()).orElseThrow();
		if (clock.now().isBefore(visit.getSlotStart())) {
			throw new InvalidFormException("认领的上门时段 " + clock.display(visit.getSlotStart()) + " 还没到，上门后再填写");
		}
		String actor = records.actor(task);
		if (!team.isMember(actor)) {
			throw new InvalidFormException("上门维修由党员志愿者服务队的队员填写");
		}
		visit.record(workDone, parts, minutes, another, clock.now());
		records.log(kase, "VISITED", actor, "志愿者 " + actor + " 上门维修（用时 " + minutes + " 分钟）：" + workDone + "；配件："
				+ parts + (another ? "；需再次上门：" + reason : "；已修好"));
		form.consume("minutesSpent", "anotherVisitReason");
		task.getExecution().setVariable("anotherVisit", another);
	}

	private static int minutes(Object value) {
		if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
				&& number.longValue() >= 1 && number.longValue() <= MAX_MINUTES) {
			return number.intValue();
		}
		throw new InvalidFormException("用时请填写1到" + MAX_MINUTES + "之间的整数分钟");
	}

}
