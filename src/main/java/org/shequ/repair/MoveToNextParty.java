package org.shequ.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.springframework.stereotype.Component;

/**
 * 转下一责任方: the body declined. The next party of the chain gets a letter; when none is left the
 * community handles it itself. Sets {@code route}.
 */
@Component("moveToNextParty")
class MoveToNextParty implements JavaDelegate {

	private final CaseRecords records;

	private final RepairCases repairs;

	private final ResponsibleBodies bodies;

	private final Referrals referrals;

	MoveToNextParty(CaseRecords records, RepairCases repairs, ResponsibleBodies bodies, Referrals referrals) {
		this.records = records;
		this.repairs = repairs;
		this.bodies = bodies;
		this.referrals = referrals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		RepairCase repair = repairs.of(kase);
		Referral declined = referrals.current(kase);
		String because = declined.getBodyName() + " 推诿（" + declined.getDeclineReason() + "）";
		if (repair.moveToNextParty()) {
			String next = bodies.resolve(repair.currentParty(), repairs.assetOf(kase).orElse(null)).orElseThrow().name();
			records.log(kase, "NEXT_PARTY", CaseRecords.SYSTEM, because + "，转下一责任方 " + next);
		}
		else {
			records.log(kase, "NEXT_PARTY", CaseRecords.SYSTEM, because + "，已无其他责任方，由社区自行维修");
		}
		execution.setVariable(ApplyResponsibility.ROUTE, repair.getRoute().code());
	}

}
