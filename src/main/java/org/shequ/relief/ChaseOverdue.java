package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 催办: a relief step is late (input {@code reminder}: {@code firstPayment}, {@code refusalNotice},
 * {@code referralAcknowledgement}, {@code referralResult}). The reminder goes into the case log; a
 * referral also counts its chases. The late task stays open with its due date passed.
 */
@Component("chaseOverdue")
class ChaseOverdue implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefReferralRepository referrals;

	private final ShequClock clock;

	ChaseOverdue(ReliefRecords relief, CaseRecords records, ReliefReferralRepository referrals, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		String reminder = String.valueOf(execution.getVariableLocal("reminder"));
		String text = switch (reminder) {
			case "firstPayment" -> "先行救助已超过24小时未审批，请书记立即审批";
			case "refusalNotice" -> "不予批准的书面通知已超过3个工作日未送达申请人，请立即送达";
			case "referralAcknowledgement", "referralResult" -> chaseReferral(execution, reminder);
			default -> throw new IllegalStateException("unknown reminder " + reminder);
		};
		records.log(kase, "CHASED", CaseRecords.SYSTEM, text);
	}

	private String chaseReferral(DelegateExecution execution, String reminder) {
		ReliefApplication application = relief.of(execution);
		Programme partner = Programme.of(String.valueOf(execution.getVariable("partner"))).orElseThrow();
		ReliefReferral referral = referrals.findByApplicationIdAndPartner(application.getId(), partner).orElseThrow();
		referral.chased(clock.now());
		return "转介" + partner.partnerName() + (reminder.equals("referralResult") ? "：逾期未给出结果" : "：逾期未签收")
				+ "，已催办（第" + referral.getChaseCount() + "次）";
	}

}
