package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 书面告知不符合条件: none of the programmes asked for applies; the written answer gives the reasons. */
@Component("refuseIneligible")
class RefuseIneligible implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ShequClock clock;

	RefuseIneligible(ReliefRecords relief, CaseRecords records, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		StringBuilder answer = new StringBuilder("经评估，申请的救助项目均不符合条件：");
		for (Programme programme : application.getProgrammesAsked()) {
			answer.append("\n").append(programme.label()).append("：").append(NotEligible.reason(programme)).append("。");
		}
		answer.append("\n情况发生变化的，可以重新申请。");
		application.conclude(clock.now());
		kase.resolve("ineligible", answer.toString(), records.actor(), clock.now());
		records.log(kase, "RESOLVED", records.actor(), "书面告知不符合救助条件");
	}

}
