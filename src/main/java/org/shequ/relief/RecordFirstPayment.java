package org.shequ.relief;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 审批先行救助 completed: the secretary's decision on the emergency first payment. */
@Component("recordFirstPayment")
class RecordFirstPayment implements TaskListener {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefDecisionRepository decisions;

	private final ShequClock clock;

	RecordFirstPayment(ReliefRecords relief, CaseRecords records, ReliefDecisionRepository decisions, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		boolean approved = "approve".equals(form.choice("firstPaymentDecision", "审批决定", "approve", "decline"));
		BigDecimal amount = approved ? form.amount("firstPaymentAmount", "首笔救助金", BigDecimal.ONE, MAX_AMOUNT) : null;
		String note = form.text("firstPaymentNote", "审批意见", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		decisions.save(new ReliefDecision(application.getId(), DecisionKind.FIRST_PAYMENT, approved, amount, null, note,
				actor, clock.now()));
		records.log(kase, "FIRST_PAYMENT", actor,
				approved ? "同意先行救助，首笔救助金 " + amount.toPlainString() + " 元" : "不同意先行救助：" + note);
		form.consume("firstPaymentAmount");
	}

}
