package org.shequ.relief;

import java.time.Instant;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 登记补交材料 completed: the documents are in, the clock runs again and the deadlines move by the pause. */
@Component("recordDocumentsArrived")
class RecordDocumentsArrived implements TaskListener {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final DocumentRequestRepository requests;

	private final TimeLimits limits;

	private final ShequClock clock;

	RecordDocumentsArrived(ReliefRecords relief, CaseRecords records, DocumentRequestRepository requests,
			TimeLimits limits, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.requests = requests;
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		Set<Document> received = RecordApplication.documents(form);
		if (received.isEmpty()) {
			throw ReliefForm.invalid("请选择本次收到的材料");
		}
		String note = form.optionalText("documentsNote", "备注", 2000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		Instant now = clock.now();
		application.receive(received);
		requests.findFirstByApplicationIdOrderByIdDesc(application.getId()).ifPresent(r -> r.received(actor, now));
		limits.resume(application, kase, now, actor);
		Set<Document> missing = application.missingDocuments();
		records.log(kase, "DOCUMENTS_RECEIVED", actor, "收到补交材料：" + Document.labels(received)
				+ (missing.isEmpty() ? "，材料已齐全" : "；仍缺：" + Document.labels(missing))
				+ (note == null ? "" : "（" + note + "）"));
		task.setVariable("documentsComplete", missing.isEmpty());
		form.consume();
	}

}
