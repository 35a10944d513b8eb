package org.shequ.relief;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 发布公示: a new round of the public notice begins; the model's timer ends it after 7 days. */
@Component("publishNotice")
class PublishNotice implements JavaDelegate {

	/** As the model's timer {@code noticePeriodOver} (P7D); only used to tell people when it ends. */
	static final Duration NOTICE_PERIOD = Duration.ofDays(7);

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final ShequClock clock;

	PublishNotice(ReliefRecords relief, CaseRecords records, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		Instant now = clock.now();
		int round = application.startNotice(now);
		records.log(kase, "NOTICE_PUBLISHED", CaseRecords.SYSTEM, "第" + round + "轮公示：" + clock.display(now) + " 至 "
				+ clock.display(now.plus(NOTICE_PERIOD)) + "，期间可在社区窗口提出异议");
	}

}
