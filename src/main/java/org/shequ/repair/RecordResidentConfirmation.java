package org.shequ.repair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.asset.Asset;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/**
 * 与居民确认修复 completed: the resident says it is fixed — the case is resolved (办结) — or that it is
 * not, and it goes back to whoever is responsible. Sets {@code fixed}.
 */
@Component("recordResidentConfirmation")
class RecordResidentConfirmation implements TaskListener {

	private final CaseRecords records;

	private final RepairCases repairs;

	private final ResponsibleBodies bodies;

	private final ShequClock clock;

	RecordResidentConfirmation(CaseRecords records, RepairCases repairs, ResponsibleBodies bodies, ShequClock clock) {
		this.records = records;
		this.repairs = repairs;
		this.bodies = bodies;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		boolean fixed = form.yesNo("fixed", "居民是否确认已经修好");
		String note = form.text("confirmNote", "居民的说法", 2000);
		Case kase = records.of(task);
		String actor = records.actor(task);
		String repairer = repairer(kase);
		if (fixed) {
			kase.resolve("resolved", repairer + "已修复；居民确认：" + note, actor, clock.now());
			records.log(kase, "RESOLVED", actor, "已解决：" + kase.getOutcomeSummary());
		}
		else {
			records.log(kase, "NOT_FIXED", actor, "居民反映仍未修好：" + note + "；退回" + repairer + "继续维修");
		}
		form.consume();
		task.getExecution().setVariable("fixed", fixed);
	}

	private String repairer(Case kase) {
		RepairCase repair = repairs.of(kase);
		if (repair.getRoute() == Route.VOLUNTEER) {
			return "党员志愿者服务队";
		}
		if (repair.getRoute() == Route.COMMUNITY) {
			return "社区";
		}
		Asset asset = repairs.assetOf(kase).orElse(null);
		return bodies.resolve(repair.currentParty(), asset).map(ResponsibleBodies.Body::name).orElse("责任单位");
	}

}
