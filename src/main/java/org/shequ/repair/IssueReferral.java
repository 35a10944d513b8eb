package org.shequ.repair;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.asset.Asset;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 出具转介函: a numbered referral letter to the party now responsible, due within the decided time
 * limit. Sets {@code referralDueBy}, when the secretary is asked to step in (督办).
 */
@Component("issueReferral")
class IssueReferral implements JavaDelegate {

	static final String DUE_BY = "referralDueBy";

	private final CaseRecords records;

	private final RepairCases repairs;

	private final ResponsibleBodies bodies;

	private final ReferralRepository referrals;

	private final Deadlines deadlines;

	private final ShequClock clock;

	IssueReferral(CaseRecords records, RepairCases repairs, ResponsibleBodies bodies, ReferralRepository referrals,
			Deadlines deadlines, ShequClock clock) {
		this.records = records;
		this.repairs = repairs;
		this.bodies = bodies;
		this.referrals = referrals;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		RepairCase repair = repairs.of(kase);
		String party = repair.currentParty();
		if (party == null) {
			throw new IllegalStateException("no responsible body to refer " + kase.getTrackingNumber() + " to");
		}
		Asset asset = repairs.assetOf(kase).orElse(null);
		ResponsibleBodies.Body body = bodies.resolve(party, asset)
			.orElseThrow(() -> new IllegalStateException("party " + party + " has no body for " + kase.getTrackingNumber()));
		int seqNo = (int) referrals.countByCaseId(kase.getId()) + 1;
		Instant now = clock.now();
		Instant due = deadlines.after(now, repair.getTimeLimit());
		Referral referral = referrals.save(new Referral(kase.getId(), seqNo, kase.getTrackingNumber() + "-Z" + seqNo, body,
				repair.getTimeLimit(), now, records.actor(), due));
		records.log(kase, "REFERRAL_ISSUED", records.actor(), "出具转介函 " + referral.getLetterNumber() + " 致 "
				+ body.name() + "（" + body.kindLabel() + "），请于 " + clock.display(due) + " 前修复并回复");
		execution.setVariable(DUE_BY, Date.from(due));
	}

}
