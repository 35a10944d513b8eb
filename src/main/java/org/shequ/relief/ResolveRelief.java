package org.shequ.relief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 书面答复并办结: every branch has ended; the written answer lists what was granted, what was refused and
 * why, and what each partner body did. The case is resolved with it, and the callback follows.
 */
@Component("resolveRelief")
class ResolveRelief implements JavaDelegate {

	static final int MAX_SUMMARY = 4000;

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefDecisionRepository decisions;

	private final ReliefReferralRepository referrals;

	private final ShequClock clock;

	ResolveRelief(ReliefRecords relief, CaseRecords records, ReliefDecisionRepository decisions,
			ReliefReferralRepository referrals, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		List<ReliefDecision> all = decisions.findByApplicationIdOrderByIdAsc(application.getId());
		List<String> lines = new ArrayList<>();
		boolean granted = false;
		Set<Programme> pursued = application.getPursuedProgrammes();
		if (pursued.contains(Programme.EMERGENCY)) {
			Optional<ReliefDecision> first = latest(all, DecisionKind.FIRST_PAYMENT);
			granted |= first.map(ReliefDecision::isApproved).orElse(false);
			lines.add("急难型临时救助：" + first.map(d -> d.isApproved() ? "已先行发放救助金 " + d.getAmount().toPlainString() + " 元"
					: "未予先行救助，理由：" + d.getReasons()).orElse("未审批"));
		}
		if (pursued.contains(Programme.DIBAO)) {
			Optional<ReliefDecision> approval = latest(all, DecisionKind.DIBAO_APPROVAL);
			Optional<ReliefDecision> street = latest(all, DecisionKind.STREET_REVIEW);
			if (approval.isPresent() && approval.get().isApproved()) {
				granted = true;
				lines.add("低保：批准，每月 " + approval.get().getAmount().toPlainString() + " 元，自 "
						+ approval.get().getFirstMonth() + " 起发放");
			}
			else {
				ReliefDecision refusal = approval.orElseGet(() -> street.orElseThrow());
				lines.add("低保：不予批准（" + refusal.getKind().label() + "），理由：" + refusal.getReasons()
						+ (refusal.getNoticeDeliveredAt() == null ? ""
								: "。书面通知已于 " + clock.display(refusal.getNoticeDeliveredAt()) + " 送达"));
			}
		}
		if (pursued.contains(Programme.TEMPORARY)) {
			ReliefDecision temporary = latest(all, DecisionKind.TEMPORARY).orElseThrow();
			granted |= temporary.isApproved();
			lines.add("临时救助：" + (temporary.isApproved() ? "批准一次性救助金 " + temporary.getAmount().toPlainString() + " 元"
					: "不予批准，理由：" + temporary.getReasons()));
		}
		for (ReliefReferral referral : referrals.findByApplicationIdOrderByIdAsc(application.getId())) {
			granted |= referral.isGranted();
			lines.add("转介" + referral.getPartner().partnerName() + "：" + (referral.isGranted() ? "已获帮扶" : "未获帮扶") + "，"
					+ referral.getOutcomeNote());
		}
		for (Programme asked : application.getProgrammesAsked()) {
			if (!pursued.contains(asked)) {
				lines.add(asked.label() + "：不符合条件，" + NotEligible.reason(asked));
			}
		}
		String summary = String.join("\n", lines);
		if (summary.codePointCount(0, summary.length()) > MAX_SUMMARY) {
			summary = summary.substring(0, summary.offsetByCodePoints(0, MAX_SUMMARY - 1)) + "…";
		}
		application.conclude(clock.now());
		String actor = records.actor();
		kase.resolve(granted ? "relief-granted" : "relief-refused", summary, actor, clock.now());
		records.log(kase, "RESOLVED", actor, granted ? "救助申请办结：已获救助，已书面答复申请人" : "救助申请办结：未获救助，已书面答复申请人理由");
	}

	private static Optional<ReliefDecision> latest(List<ReliefDecision> decisions, DecisionKind kind) {
		return decisions.stream().filter(d -> d.getKind() == kind).max(Comparator.comparing(ReliefDecision::getId));
	}

}
