package org.shequ.relief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.ConflictException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.shequ.system.NotFoundException;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an objection to a public notice (公示异议) at the community's desk: stores it and sends the
 * message {@code reliefObjection} to the case's relief process, which stops the notice and goes back
 * to the household survey. One transaction: without a notice running, nothing is stored (409).
 */
@Service
class ObjectionDesk {

	static final String MESSAGE = "reliefObjection";

	static final String PROCESS_KEY = "relief-application";

	private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{5,20}$");

	private final CaseRepository cases;

	private final CaseRecords records;

	private final ReliefApplicationRepository applications;

	private final ObjectionRepository objections;

	private final RuntimeService runtime;

	private final Privileged privileged;

	private final ShequClock clock;

	ObjectionDesk(CaseRepository cases, CaseRecords records, ReliefApplicationRepository applications,
			ObjectionRepository objections, RuntimeService runtime, Privileged privileged, ShequClock clock) {
		this.cases = cases;
		this.records = records;
		this.applications = applications;
		this.objections = objections;
		this.runtime = runtime;
		this.privileged = privileged;
		this.clock = clock;
	}

	@Transactional
	Objection lodge(String trackingNumber, ObjectionRequest request, CurrentUser user) {
		Case kase = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("no case " + trackingNumber));
		user.requireFile(kase.getCommunityId());
		check(request);
		ReliefApplication application = applications.findByCaseIdOrderByIdDesc(kase.getId())
			.stream()
			.findFirst()
			.orElseThrow(() -> new ConflictException(409, "case " + trackingNumber + " has no relief application"));
		ProcessInstance relief = privileged.call(() -> runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey(PROCESS_KEY)
			.active()
			.singleResult());
		boolean noticeRunning = relief != null && privileged.call(() -> runtime.createEventSubscriptionQuery()
			.processInstanceId(relief.getId())
			.eventType("message")
			.eventName(MESSAGE)
			.count()) > 0;
		if (!noticeRunning) {
			throw new ConflictException(409, "no public notice is running for case " + trackingNumber);
		}
		Instant now = clock.now();
		Objection objection = objections.save(new Objection(application.getId(), application.getNoticeRound(),
				request.content().strip(), blankToNull(request.objectorName()), blankToNull(request.objectorPhone()),
				user.id(), now));
		records.log(kase, "OBJECTION", user.id(), "第" + application.getNoticeRound() + "轮公示收到异议（异议人："
				+ (objection.getObjectorName() == null ? "未留姓名" : objection.getObjectorName()) + "）");
		privileged.run(() -> runtime.createMessageCorrelation(MESSAGE).processInstanceId(relief.getId()).correlate());
		return objection;
	}

	private static void check(ObjectionRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.content() == null || request.content().isBlank()) {
			problems.add(new FieldProblem("content", "is required"));
		}
		else if (length(request.content()) < 2 || length(request.content()) > 2000) {
			problems.add(new FieldProblem("content", "must be 2 to 2000 characters"));
		}
		if (request.objectorName() != null && length(request.objectorName()) > 64) {
			problems.add(new FieldProblem("objectorName", "must be at most 64 characters"));
		}
		if (request.objectorPhone() != null && !request.objectorPhone().isBlank()
				&& !PHONE.matcher(request.objectorPhone()).matches()) {
			problems.add(new FieldProblem("objectorPhone", "must be a phone number"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	private static int length(String text) {
		String stripped = text.strip();
		return stripped.codePointCount(0, stripped.length());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the desk takes down; the objector's name and phone are optional (anonymous objections count too). */
	record ObjectionRequest(String content, String objectorName, String objectorPhone) {
	}

}
