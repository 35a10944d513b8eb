package org.shequ.relief;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 申请失效并书面告知: the deadline for missing documents passed; the application lapses and the case is resolved so. */
@Component("lapseApplication")
class LapseApplication implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final DocumentRequestRepository requests;

	private final ShequClock clock;

	LapseApplication(ReliefRecords relief, CaseRecords records, DocumentRequestRepository requests, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		Instant now = clock.now();
		DocumentRequest request = requests.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow();
		request.lapsed(now);
		application.lapse(now);
		String notice = "救助申请已失效：未在 " + clock.display(request.getDueBy()) + " 前补交"
				+ Document.labels(application.missingDocuments()) + "。已书面告知申请人；备齐材料后可以重新申请。";
		kase.resolve("lapsed", notice, CaseRecords.SYSTEM, now);
		records.log(kase, "LAPSED", CaseRecords.SYSTEM, notice);
	}

}
