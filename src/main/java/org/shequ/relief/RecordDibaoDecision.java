package org.shequ.relief;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 民政审批 completed: 低保 approved with its monthly amount and first month, or refused with reasons. */
@Component("recordDibaoDecision")
class RecordDibaoDecision implements TaskListener {

	static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");

	static final BigDecimal MAX_MONTHLY = new BigDecimal("100000");

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefDecisionRepository decisions;

	private final TimeLimits limits;

	private final ShequClock clock;

	RecordDibaoDecision(ReliefRecords relief, CaseRecords records, ReliefDecisionRepository decisions,
			TimeLimits limits, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		boolean approved = "approve".equals(form.choice("dibaoDecision", "审批结果", "approve", "refuse"));
		BigDecimal monthly = null;
		String firstMonth = null;
		if (approved) {
			monthly = form.amount("monthlyAmount", "月保障金额", BigDecimal.ONE, MAX_MONTHLY);
			firstMonth = form.text("firstMonth", "起始月份", 7);
			if (!MONTH.matcher(firstMonth).matches()) {
				throw ReliefForm.invalid("起始月份须写成 2026-03 的格式");
			}
		}
		String reasons = form.text("dibaoReasons", "审批意见和理由", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Instant now = clock.now();
		ReliefDecision decision = decisions.save(new ReliefDecision(application.getId(), DecisionKind.DIBAO_APPROVAL,
				approved, monthly, firstMonth, reasons, actor, now));
		if (approved) {
			records.log(kase, "DIBAO_DECISION", actor,
					"批准低保，每月 " + monthly.toPlainString() + " 元，自 " + firstMonth + " 起发放");
		}
		else {
			Instant noticeDueBy = limits.refusalNoticeDueBy(now);
			decision.noticeDueBy(noticeDueBy);
			task.setVariable("refusalNoticeDueBy", Date.from(noticeDueBy));
			records.log(kase, "DIBAO_DECISION", actor, "不予批准低保，须在 " + clock.display(noticeDueBy) + " 前书面告知申请人理由");
		}
		task.setVariable("dibaoApproved", approved);
		form.consume("monthlyAmount", "firstMonth");
	}

}
