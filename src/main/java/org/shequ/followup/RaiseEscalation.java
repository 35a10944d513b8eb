package org.shequ.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 发起督办: a deadline passed. Records which one (input {@code escalationKind}: {@code response} or
 * {@code resolution}); the secretary's task follows in the model.
 */
@Component("raiseEscalation")
class RaiseEscalation implements JavaDelegate {

	private final CaseRecords records;

	private final ShequClock clock;

	RaiseEscalation(CaseRecords records, ShequClock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		Object kind = execution.getVariableLocal("escalationKind");
		String text = "response".equals(kind) ? "超过响应时限 " + clock.display(kase.getRespondBy()) + " 仍未响应"
				: "超过办结时限 " + clock.display(kase.getResolveBy()) + " 仍未办结";
		records.log(kase, "ESCALATED", CaseRecords.SYSTEM, text + "，已提请书记督办（当前承办人 "
				+ (kase.getAssignee() == null ? "无" : kase.getAssignee()) + "）");
	}

}
