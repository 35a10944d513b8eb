package org.shequ.relief;

import java.time.Instant;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 书面通知补交材料: tells the applicant at once everything that is missing (一次性告知) and by when;
 * the time limit stops until the documents arrive.
 */
@Component("requestDocuments")
class RequestDocuments implements JavaDelegate {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final DocumentRequestRepository requests;

	private final Deadlines deadlines;

	private final ReliefProperties properties;

	private final ShequClock clock;

	RequestDocuments(ReliefRecords relief, CaseRecords records, DocumentRequestRepository requests, Deadlines deadlines,
			ReliefProperties properties, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.requests = requests;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		Instant now = clock.now();
		Set<Document> missing = application.missingDocuments();
		Instant dueBy = deadlines.after(now, properties.documentsWithin());
		String notice = "请于 " + clock.display(dueBy) + " 前补交：" + Document.labels(missing)
				+ "。补交期间办理时限暂停；逾期未补交的，申请将失效。";
		requests.save(new DocumentRequest(application.getId(), Document.codes(missing), notice, now, dueBy));
		application.pause(now);
		records.log(kase, "DOCUMENTS_REQUESTED", records.actor(), "书面通知补交材料：" + notice);
		execution.setVariable("documentsDueBy", Date.from(dueBy));
	}

}
