package org.shequ.relief;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 送达不予批准书面通知 completed: how and when the written reasons reached the applicant. */
@Component("recordRefusalDelivered")
class RecordRefusalDelivered implements TaskListener {

	static final Map<String, String> METHODS = Map.of("inPerson", "当面送达", "post", "邮寄送达", "relative", "交同住成年家属代收");

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ReliefDecisionRepository decisions;

	private final ShequClock clock;

	RecordRefusalDelivered(ReliefRecords relief, CaseRecords records, ReliefDecisionRepository decisions,
			ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		String method = form.choice("deliveryMethod", "送达方式", METHODS.keySet().toArray(String[]::new));
		String note = form.text("deliveryNote", "送达情况", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Instant now = clock.now();
		ReliefDecision refusal = decisions.findByApplicationIdOrderByIdAsc(application.getId())
			.stream()
			.filter(d -> !d.isApproved() && d.getNoticeDueBy() != null)
			.max(Comparator.comparing(ReliefDecision::getId))
			.orElseThrow(() -> new IllegalStateException("no refusal to deliver for application " + application.getId()));
		refusal.noticeDelivered(method, note, actor, now);
		boolean late = now.isAfter(refusal.getNoticeDueBy());
		records.log(kase, "REFUSAL_DELIVERED", actor, "不予批准书面通知已" + METHODS.get(method) + (late ? "（已逾期）" : "")
				+ "：" + note);
		form.consume();
	}

}
