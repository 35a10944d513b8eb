package org.shequ.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.shequ.support.TestCases.request;
import static org.shequ.support.TestCases.setClock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.shequ.system.InvalidFormException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.followup.CallbackRepository;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of complaint-intake.bpmn and general-handling.bpmn. */
@ShequTest
class ComplaintIntakeProcessTest {

	/** A Wednesday: jfqgrid1 is on call 08:00–20:00, jfqgrid2 20:00–08:00. */
	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestCases cases;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	CaseLogRepository logs;

	@Autowired
	CallbackRepository callbacks;

	@Autowired
	CaseRepository caseRepository;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		setClock(WEDNESDAY_MORNING);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void dayCaseGoesToTheGridWorkerAndClosesAfterASatisfiedCallback() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "sanitation", false));

		Case kase = cases.kase(tn);
		assertThat(tn).matches("JFQ-20261202-\\d{4}");
		assertThat(kase.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(kase.getAssignee()).isEqualTo("jfqgrid2");
		assertThat(kase.getTrack()).isEqualTo("general-handling");
		assertThat(kase.getRespondBy()).isEqualTo(kase.getReceivedAt().plus(Duration.ofHours(24)));
		assertThat(kase.getResolveBy()).isEqualTo(kase.getReceivedAt().plus(Duration.ofDays(7)));
		ProcessInstance intake = cases.intakeInstance(tn);
		BpmnAwareTests.assertThat(intake).isWaitingAt("handleTrack")
			.hasPassed("triageCase", "applyTriage", "dispatchToGridWorker");
		BpmnAwareTests.assertThat(calledProcessInstance(intake)).isWaitingAt("respondToResident");

		Task respond = cases.task(tn, "respondToResident");
		assertThat(respond.getAssignee()).isEqualTo("jfqgrid2");
		assertThat(respond.getName()).startsWith("联系居民｜" + tn);
		assertThat(respond.getDescription()).contains("环境卫生").contains("响应时限");
		assertThat(respond.getDueDate().toInstant()).isEqualTo(kase.getRespondBy());
		assertThat(tasks.getIdentityLinksForTask(respond.getId())).extracting(IdentityLink::getGroupId)
			.contains("jiefangqiao");
		assertThat(tasks.getVariableLocal(respond.getId(), "caseSummary").toString()).contains(tn).contains("13900001111");

		cases.respond(tn, "jfqgrid2");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(cases.kase(tn).getRespondedBy()).isEqualTo("jfqgrid2");
		assertThat(cases.task(tn, "handleCase").getDueDate().toInstant()).isEqualTo(kase.getResolveBy());

		cases.handle(tn, "jfqgrid2");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.RESOLVED);
		BpmnAwareTests.assertThat(intake).isWaitingAt("callbackResident").hasPassed("confirmResolved");
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(intake.getId())
			.variableName("contactNote")
			.list()).isEmpty();

		cases.callback(tn, "jfqgrid1", "satisfied");
		BpmnAwareTests.assertThat(intake).isEnded().hasPassed("closeCase", "caseClosed");
		Case closed = cases.kase(tn);
		assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.getCloseReason()).contains("满意");
		assertThat(callbacks.findByCaseIdOrderByIdAsc(closed.getId())).singleElement()
			.satisfies(c -> assertThat(c.isReached()).isTrue());
		assertThat(logs.findByCaseIdOrderByIdAsc(closed.getId())).extracting(CaseLog::getKind)
			.containsExactly("RECEIVED", "TRIAGED", "DISPATCHED", "RESPONDED", "HANDLED", "RESOLVED", "TRACK_COMPLETED",
					"CALLBACK", "CLOSED");
	}

	@Test
	void urgentCaseGoesToTheCadreOnCallAtOnce() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));

		Case kase = cases.kase(tn);
		assertThat(kase.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(kase.getTimeClass()).isEqualTo("urgent");
		assertThat(kase.getRespondBy()).isEqualTo(kase.getReceivedAt().plus(Duration.ofHours(1)));
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).hasPassed("dispatchToOnCall");
		assertThat(cases.task(tn, "respondToResident").getAssignee()).isEqualTo("jfqgrid1");
	}

	@Test
	void disputeFiledAtNightGoesToTheNightCadre() {
		setClock(LocalDateTime.of(2026, 12, 2, 23, 40));
		String tn = cases.file(request("jiefangqiao", "jfq-1", "dispute", false));

		assertThat(cases.kase(tn).getAssignee()).isEqualTo("jfqgrid2");
		assertThat(cases.kase(tn).getDispatch()).isEqualTo("oncall");
		assertThat(cases.task(tn, "respondToResident").getAssignee()).isEqualTo("jfqgrid2");
	}

	@Test
	void reliefIsResolvedWithinFifteenWorkingDays() {
		setClock(LocalDateTime.of(2026, 12, 4, 10, 0));
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));

		assertThat(cases.kase(tn).getTimeClass()).isEqualTo("complex");
		assertThat(cases.kase(tn).getResolveBy())
			.isEqualTo(LocalDateTime.of(2026, 12, 25, 10, 0).atZone(TestCases.BEIJING).toInstant());
	}

	@Test
	void unreachableResidentIsCalledAgainNextDayThenClosedAfterTheLastAttempt() {
		String tn = resolvedCase();
		ProcessInstance intake = cases.intakeInstance(tn);

		Map<String, Object> notReached = Map.of("residentReached", "no", "callbackNote", "电话无人接听");
		cases.complete(tn, "callbackResident", "jfqgrid1", notReached);
		BpmnAwareTests.assertThat(intake).isWaitingAt("callbackRetryTimer");
		TestCases.moveClock(Duration.ofDays(1).plusMinutes(1));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(intake).isWaitingAt("callbackResident");

		cases.complete(tn, "callbackResident", "jfqgrid1", notReached);
		TestCases.moveClock(Duration.ofDays(1).plusMinutes(1));
		cases.runDueJobs(tn);
		cases.complete(tn, "callbackResident", "jfqgrid1", notReached);

		BpmnAwareTests.assertThat(intake).isEnded().hasPassed("closeCase");
		assertThat(cases.kase(tn).getCloseReason()).contains("3次回访均未联系上居民");
		assertThat(callbacks.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).hasSize(3)
			.allSatisfy(c -> assertThat(c.isReached()).isFalse());
	}

	@Test
	void dissatisfiedResidentGetsTheCaseReopenedBySecretary() {
		String tn = resolvedCase();
		ProcessInstance intake = cases.intakeInstance(tn);

		cases.callback(tn, "jfqgrid1", "dissatisfied");
		Task review = cases.task(tn, "reviewDissatisfaction");
		assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId)
			.containsExactly("jfqsup");

		TestCases.moveClock(Duration.ofHours(2));
		cases.complete(tn, "reviewDissatisfaction", "jfqsup",
				Map.of("reviewDecision", "reopen", "reviewReason", "居民反映仍有异味，重新清理"));
		Case reopened = cases.kase(tn);
		assertThat(reopened.getStatus()).isEqualTo(CaseStatus.REOPENED);
		assertThat(reopened.getReopenCount()).isEqualTo(1);
		assertThat(reopened.getResolveBy()).isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7)));
		BpmnAwareTests.assertThat(intake).isWaitingAt("handleTrack").hasPassed("reopenCase");
		assertThat(cases.task(tn, "respondToResident").getAssignee()).isEqualTo("jfqgrid2");

		cases.respond(tn, "jfqgrid2");
		cases.handle(tn, "jfqgrid2");
		cases.callback(tn, "jfqgrid1", "fairly");
		BpmnAwareTests.assertThat(intake).isEnded();
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(cases.kase(tn).getCloseReason()).contains("基本满意");
	}

	@Test
	void dissatisfiedResidentCaseClosedBySecretaryWithAWrittenReason() {
		String tn = resolvedCase();
		ProcessInstance intake = cases.intakeInstance(tn);

		cases.callback(tn, "jfqgrid1", "dissatisfied");
		cases.complete(tn, "reviewDissatisfaction", "jfqsup",
				Map.of("reviewDecision", "close", "reviewReason", "诉求超出社区职权，已向居民解释政策"));

		BpmnAwareTests.assertThat(intake)
			.isEnded()
			.hasPassed("reviewGateway", "closeCase");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(cases.kase(tn).getCloseReason()).isEqualTo("居民不满意，经书记复核结案：诉求超出社区职权，已向居民解释政策");
	}

	@Test
	void missedResponseDeadlineEscalatesToTheSecretaryAndKeepsTheCadresTask() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		TestCases.moveClock(Duration.ofMinutes(61));
		cases.runDueJobs(tn);

		Task supervise = cases.task(tn, "superviseResponse");
		assertThat(supervise).isNotNull();
		assertThat(tasks.getIdentityLinksForTask(supervise.getId())).extracting(IdentityLink::getUserId)
			.containsExactly("jfqsup");
		assertThat(cases.task(tn, "respondToResident").getAssignee()).isEqualTo("jfqgrid1");
		assertThat(logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).extracting(CaseLog::getKind)
			.contains("ESCALATED");

		cases.complete(tn, "superviseResponse", "jfqsup", Map.of("supervisionAction", "reassigned", "reassignTo",
				"jfqgrid2", "supervisionNote", "值班干部联系不上，改派赵志强"));
		assertThat(cases.task(tn, "respondToResident").getAssignee()).isEqualTo("jfqgrid2");
		assertThat(cases.kase(tn).getAssignee()).isEqualTo("jfqgrid2");
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).hasPassed("responseSupervised");

		cases.respond(tn, "jfqgrid2");
		assertThat(cases.task(tn, "handleCase").getAssignee()).isEqualTo("jfqgrid2");
	}

	@Test
	void reassigningToSomeoneOutsideTheCommunityIsRefused() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		TestCases.moveClock(Duration.ofMinutes(61));
		cases.runDueJobs(tn);

		assertThatThrownBy(() -> cases.complete(tn, "superviseResponse", "jfqsup", Map.of("supervisionAction",
				"reassigned", "reassignTo", "hhbgrid1", "supervisionNote", "改派")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("不是本社区的工作人员");
		assertThat(cases.task(tn, "superviseResponse")).isNotNull();
		assertThat(cases.task(tn, "respondToResident").getAssignee()).isEqualTo("jfqgrid1");
	}

	@Test
	void responseInTimeRaisesNoEscalationWhenTheDeadlinePasses() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		cases.respond(tn, "jfqgrid1");
		TestCases.moveClock(Duration.ofMinutes(61));
		cases.runDueJobs(tn);

		assertThat(cases.task(tn, "superviseResponse")).isNull();
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).hasPassed("respondedInTime").isWaitingAt("handleTrack");
	}

	@Test
	void missedResolutionDeadlineEscalatesToTheSecretary() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		cases.respond(tn, "jfqgrid1");
		TestCases.moveClock(Duration.ofHours(25));
		cases.runDueJobs(tn);

		assertThat(cases.task(tn, "superviseResolution")).isNotNull();
		assertThat(cases.task(tn, "handleCase")).isNotNull();
		cases.complete(tn, "superviseResolution", "jfqsup",
				Map.of("supervisionAction", "urged", "supervisionNote", "已电话催办，今天下班前办结"));
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).hasPassed("resolutionSupervised");
	}

	@Test
	void endingTheTrackInTimeRemovesTheResolutionTimer() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		cases.respond(tn, "jfqgrid1");
		cases.handle(tn, "jfqgrid1");

		assertThat(cases.timers(tn)).isEmpty();
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");
	}

	/** Tracks with a follow-up after resolution (e.g. a visit after a mediation agreement) stay open past it. */
	@Test
	void resolutionRecordedBeforeTheDeadlineRaisesNoEscalationWhileTheTrackGoesOn() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		cases.respond(tn, "jfqgrid1");
		transaction.executeWithoutResult(status -> {
			Case kase = caseRepository.findByTrackingNumber(tn).orElseThrow();
			kase.resolve("resolved", "已修复，待回访前复查", "jfqgrid1", ClockUtil.getCurrentTime().toInstant());
		});
		TestCases.moveClock(Duration.ofHours(25));
		cases.runDueJobs(tn);

		assertThat(cases.task(tn, "superviseResolution")).isNull();
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).hasPassed("resolvedInTime").isWaitingAt("handleTrack");
	}

	@Test
	void closingTheCaseEndsAnEscalationStillOpen() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "repair", true));
		TestCases.moveClock(Duration.ofMinutes(61));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "superviseResponse")).isNotNull();

		cases.respond(tn, "jfqgrid1");
		cases.handle(tn, "jfqgrid1");
		cases.callback(tn, "jfqgrid2", "satisfied");

		assertThat(cases.openTasks(tn)).isEmpty();
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void anIncompleteFormIsRefusedAndChangesNothing() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "sanitation", false));

		assertThatThrownBy(() -> cases.complete(tn, "respondToResident", "jfqgrid2", Map.of("contactMethod", "phone")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("联系情况");
		assertThatThrownBy(() -> cases.complete(tn, "respondToResident", "jfqgrid2",
				Map.of("contactMethod", "fax", "contactNote", "x")))
			.isInstanceOf(InvalidFormException.class);

		assertThat(cases.task(tn, "respondToResident")).isNotNull();
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(cases.kase(tn).getRespondedAt()).isNull();
	}

	/** Filed in the morning, responded and handled by the grid worker: waiting for the callback. */
	private String resolvedCase() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "sanitation", false));
		cases.respond(tn, "jfqgrid2");
		cases.handle(tn, "jfqgrid2");
		return tn;
	}

}
