package org.shequ.relief;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 审批临时救助 completed: a one-off amount, or a refusal with reasons. */
@Component("recordTemporaryDecision")
class RecordTemporaryDecision implements TaskListener {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefDecisionRepository decisions;

	private final ShequClock clock;

	RecordTemporaryDecision(ReliefRecords relief, CaseRecords records, ReliefDecisionRepository decisions,
			ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		boolean approved = "approve".equals(form.choice("temporaryDecision", "审批结果", "approve", "refuse"));
		BigDecimal amount = approved ? form.amount("temporaryAmount", "救助金额", BigDecimal.ONE, MAX_AMOUNT) : null;
		String reasons = form.text("temporaryReasons", "审批意见和理由", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		decisions.save(new ReliefDecision(application.getId(), DecisionKind.TEMPORARY, approved, amount, null, reasons,
				actor, clock.now()));
		records.log(kase, "TEMPORARY_DECISION", actor,
				approved ? "批准临时救助 " + amount.toPlainString() + " 元" : "不予批准临时救助");
		form.consume("temporaryAmount");
	}

}
