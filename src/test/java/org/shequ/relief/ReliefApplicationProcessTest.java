package org.shequ.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shequ.relief.ReliefSteps.application;
import static org.shequ.relief.ReliefSteps.form;
import static org.shequ.relief.ReliefSteps.json;
import static org.shequ.relief.ReliefSteps.list;
import static org.shequ.support.TestCases.moveClock;
import static org.shequ.support.TestCases.request;
import static org.shequ.support.TestCases.setClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.intake.Case;
import org.shequ.intake.CaseLog;
import org.shequ.intake.CaseLogRepository;
import org.shequ.intake.CaseStatus;
import org.shequ.security.CurrentUser;
import org.shequ.security.Roles;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.shequ.system.ConflictException;
import org.shequ.system.InvalidFormException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of relief-application.bpmn, from filing to the intake's callback. */
@ShequTest
class ReliefApplicationProcessTest {

	/** A Monday without holidays nearby: 25 working days later is Tuesday 7 April (清明 4–6 April). */
	static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestCases cases;

	@Autowired
	ReliefSteps steps;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	CaseLogRepository logs;

	@Autowired
	ReliefApplicationRepository applications;

	@Autowired
	ReliefDecisionRepository decisions;

	@Autowired
	DocumentRequestRepository documentRequests;

	@Autowired
	ReliefReferralRepository referrals;

	@Autowired
	ObjectionRepository objections;

	@Autowired
	ObjectionDesk desk;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		setClock(MONDAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void eligibleHouseholdGetsTheMinimumLivingGuaranteeAfterSurveyNoticeAndApprovals() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		assertThat(cases.kase(tn).getTrack()).isEqualTo("relief-application");
		ProcessInstance relief = steps.reliefInstance(tn);
		BpmnAwareTests.assertThat(relief).isWaitingAt("registerApplication");
		assertThat(cases.task(tn, "registerApplication").getAssignee()).isEqualTo("hhbgrid1");

		steps.complete(tn, "registerApplication", "hhbgrid1", application());

		Case kase = cases.kase(tn);
		assertThat(kase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(kase.getRespondedBy()).isEqualTo("hhbgrid1");
		ReliefApplication filed = applicationOf(kase);
		assertThat(filed.getHouseholdSize()).isEqualTo(2);
		assertThat(filed.getPerHeadIncome()).isEqualByComparingTo("550.00");
		assertThat(filed.hasMinor()).isTrue();
		assertThat(filed.getEligibleProgrammes()).containsExactly(Programme.DIBAO);
		assertThat(filed.getDecisionDefinitionId()).startsWith("relief-eligibility:");
		BpmnAwareTests.assertThat(relief).isWaitingAt("householdSurvey")
			.hasPassed("evaluateEligibility", "startDibaoProcedure")
			.hasNotPassed("approveFirstPayment", "requestDocuments");

		Instant dibaoDueBy = beijing(2026, 4, 7, 10, 0);
		assertThat(filed.getDibaoDueBy()).isEqualTo(dibaoDueBy);
		assertThat(kase.getResolveBy()).isEqualTo(dibaoDueBy);
		assertIntakeResolveBy(tn, dibaoDueBy);

		Task survey = cases.task(tn, "householdSurvey");
		assertThat(tasks.getVariableLocal(survey.getId(), "reliefDetails").toString()).contains("人均 550.00 元")
			.contains("周小雨");
		survey(tn);
		BpmnAwareTests.assertThat(relief).isWaitingAt("noticeGateway");
		assertThat(applicationOf(kase).getNoticeRound()).isEqualTo(1);

		moveClock(Duration.ofDays(6));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(relief).isWaitingAt("noticeGateway");
		moveClock(Duration.ofDays(1).plusMinutes(1));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(relief).isWaitingAt("streetOfficeReview");
		Task review = cases.task(tn, "streetOfficeReview");
		assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
			.contains(Roles.STREET_OFFICE);

		streetReview(tn, true);
		BpmnAwareTests.assertThat(relief).isWaitingAt("civilAffairsApproval");
		civilAffairs(tn, true);

		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("dibaoApproved", "resolveRelief");
		Case resolved = cases.kase(tn);
		assertThat(resolved.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(resolved.getOutcome()).isEqualTo("relief-granted");
		assertThat(resolved.getOutcomeSummary()).contains("低保：批准，每月 450.00 元，自 2026-04 起发放");
		assertThat(applicationOf(resolved).getStatus()).isEqualTo(ApplicationStatus.CONCLUDED);
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");

		cases.callback(tn, "hhbgrid2", "satisfied");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(kinds(tn)).containsSubsequence("RESPONDED", "ELIGIBILITY", "DIBAO_STARTED", "DEADLINE_MOVED",
				"SURVEYED", "NOTICE_PUBLISHED", "STREET_REVIEW", "DIBAO_DECISION", "RESOLVED", "CALLBACK", "CLOSED");
	}

	@Test
	void objectionDuringTheNoticeSendsTheCaseBackToASurveyAndRestartsTheNotice() {
		String tn = dibaoInNotice();
		ProcessInstance relief = steps.reliefInstance(tn);
		moveClock(Duration.ofDays(3));

		desk.lodge(tn, new ObjectionDesk.ObjectionRequest("邻居反映申请人家中另有门面出租收入", "王某", null), deskWorker());

		BpmnAwareTests.assertThat(relief).isWaitingAt("householdSurvey").hasPassed("objectionLodged", "returnForResurvey");
		assertThat(management.createJobQuery().processInstanceId(relief.getId()).activityId("noticePeriodOver").count())
			.isZero();
		ReliefApplication application = applicationOf(cases.kase(tn));
		assertThat(objections.findByApplicationIdOrderByIdAsc(application.getId())).singleElement()
			.satisfies(o -> assertThat(o.getNoticeRound()).isEqualTo(1));
		assertThat(kinds(tn)).containsSubsequence("NOTICE_PUBLISHED", "OBJECTION", "RESURVEY");

		survey(tn);
		assertThat(applicationOf(cases.kase(tn)).getNoticeRound()).isEqualTo(2);
		assertThat(applicationOf(cases.kase(tn)).getNoticeStartedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());

		moveClock(Duration.ofDays(5));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(relief).isWaitingAt("noticeGateway");
		moveClock(Duration.ofDays(2).plusMinutes(1));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(relief).isWaitingAt("streetOfficeReview");

		assertThatThrownBy(() -> desk.lodge(tn, new ObjectionDesk.ObjectionRequest("公示期已过", null, null), deskWorker()))
			.isInstanceOf(ConflictException.class);
		assertThat(objections.findByApplicationIdOrderByIdAsc(application.getId())).hasSize(1);
	}

	@Test
	void refusalByCivilAffairsIsDeliveredInWritingWithItsReasonsAndChasedWhenLate() {
		String tn = dibaoInNotice();
		ProcessInstance relief = steps.reliefInstance(tn);
		moveClock(Duration.ofDays(7).plusMinutes(1));
		cases.runDueJobs(tn);
		streetReview(tn, true);
		steps.complete(tn, "civilAffairsApproval", "civilaffairs", form().with("dibaoDecision", "refuse")
			.with("dibaoReasons", "经信息核对，家庭存款超过当地低保规定的标准"));

		BpmnAwareTests.assertThat(relief).isWaitingAt("deliverRefusalNotice");
		Instant decidedAt = ClockUtil.getCurrentTime().toInstant();
		Instant noticeDueBy = beijing(2026, 3, 12, 10, 1);
		assertThat(decidedAt).isEqualTo(beijing(2026, 3, 9, 10, 1));
		assertThat(cases.task(tn, "deliverRefusalNotice").getDueDate().toInstant()).isEqualTo(noticeDueBy);

		setClock(LocalDateTime.of(2026, 3, 12, 10, 2));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(relief).hasPassed("chaseRefusalNotice").isWaitingAt("deliverRefusalNotice");
		assertThat(logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).extracting(CaseLog::getDetail)
			.anyMatch(d -> d.contains("超过3个工作日未送达"));

		steps.complete(tn, "deliverRefusalNotice", "hhbgrid1",
				form().with("deliveryMethod", "inPerson").with("deliveryNote", "3月12日当面送达，申请人签收"));
		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("dibaoRefused");
		Case resolved = cases.kase(tn);
		assertThat(resolved.getOutcome()).isEqualTo("relief-refused");
		assertThat(resolved.getOutcomeSummary()).contains("低保：不予批准（民政审批），理由：经信息核对，家庭存款超过当地低保规定的标准")
			.contains("书面通知已于");
		ReliefDecision refusal = decisions.findFirstByApplicationIdAndKindOrderByIdDesc(applicationOf(resolved).getId(),
				DecisionKind.DIBAO_APPROVAL).orElseThrow();
		assertThat(refusal.getNoticeDeliveredAt()).isNotNull();
		assertThat(refusal.getNoticeDueBy()).isEqualTo(noticeDueBy);
	}

	@Test
	void refusalByTheStreetOfficeSkipsCivilAffairs() {
		String tn = dibaoInNotice();
		ProcessInstance relief = steps.reliefInstance(tn);
		moveClock(Duration.ofDays(7).plusMinutes(1));
		cases.runDueJobs(tn);
		steps.complete(tn, "streetOfficeReview", "streetoffice",
				form().with("streetDecision", "refuse").with("streetOpinion", "入户调查发现家庭实际收入高于申报"));
		steps.complete(tn, "deliverRefusalNotice", "hhbgrid1",
				form().with("deliveryMethod", "post").with("deliveryNote", "已挂号邮寄"));

		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("dibaoRefused").hasNotPassed("civilAffairsApproval");
		assertThat(cases.kase(tn).getOutcomeSummary()).contains("不予批准（街道审核），理由：入户调查发现家庭实际收入高于申报");
	}

	@Test
	void emergencyFirstPaymentIsApprovedBeforeTheFullProcedure() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", true));
		ProcessInstance relief = steps.reliefInstance(tn);
		String cadre = cases.kase(tn).getAssignee();
		steps.complete(tn, "registerApplication", cadre, application().with("hardship", list("seriousIllness"))
			.with("hardshipNote", "女儿确诊白血病住院，急需医疗费")
			.with("programmesAsked", list("emergency", "dibao"))
			.with("documentsReceived", list("idCard")));

		BpmnAwareTests.assertThat(relief).isWaitingAt("approveFirstPayment").hasNotPassed("requestDocuments");
		Task approval = cases.task(tn, "approveFirstPayment");
		assertThat(tasks.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getUserId)
			.containsExactly("hhbsup");
		assertThat(approval.getDueDate().toInstant()).isEqualTo(cases.kase(tn).getReceivedAt().plus(Duration.ofHours(24)));

		moveClock(Duration.ofHours(3));
		steps.complete(tn, "approveFirstPayment", "hhbsup", form().with("firstPaymentDecision", "approve")
			.with("firstPaymentAmount", 2000)
			.with("firstPaymentNote", "情况紧急，先行救助"));
		BpmnAwareTests.assertThat(relief).hasPassed("approveFirstPayment", "requestDocuments")
			.isWaitingAt("receiveDocuments");
		assertThat(decisions.findFirstByApplicationIdAndKindOrderByIdDesc(applicationOf(cases.kase(tn)).getId(),
				DecisionKind.FIRST_PAYMENT)).hasValueSatisfying(d -> {
					assertThat(d.isApproved()).isTrue();
					assertThat(d.getAmount()).isEqualByComparingTo("2000");
				});

		steps.complete(tn, "receiveDocuments", cadre,
				form().with("documentsReceived", list("householdRegister", "incomeProof", "medicalRecords")));
		BpmnAwareTests.assertThat(relief).isWaitingAt("householdSurvey");
		survey(tn);
		moveClock(Duration.ofDays(7).plusMinutes(1));
		cases.runDueJobs(tn);
		streetReview(tn, true);
		civilAffairs(tn, true);

		BpmnAwareTests.assertThat(relief).isEnded();
		assertThat(cases.kase(tn).getOutcomeSummary()).contains("急难型临时救助：已先行发放救助金 2000.00 元")
			.contains("低保：批准");
	}

	@Test
	void firstPaymentNotDecidedWithin24HoursIsChased() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", true));
		steps.complete(tn, "registerApplication", cases.kase(tn).getAssignee(), application()
			.with("hardship", list("accident"))
			.with("programmesAsked", list("emergency"))
			.with("documentsReceived", list("idCard", "householdRegister", "incomeProof", "medicalRecords")));

		moveClock(Duration.ofHours(24).plusMinutes(1));
		cases.runDueJobs(tn);
		ProcessInstance relief = steps.reliefInstance(tn);
		BpmnAwareTests.assertThat(relief).hasPassed("chaseFirstPayment").isWaitingAt("approveFirstPayment");
		assertThat(logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).extracting(CaseLog::getDetail)
			.anyMatch(d -> d.contains("先行救助已超过24小时未审批"));

		steps.complete(tn, "approveFirstPayment", "hhbsup", form().with("firstPaymentDecision", "approve")
			.with("firstPaymentAmount", 800)
			.with("firstPaymentNote", "同意"));
		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("branchJoin", "resolveRelief").hasNotPassed("referrals", "dibaoProcedure");
		assertThat(cases.kase(tn).getOutcome()).isEqualTo("relief-granted");
	}

	@Test
	void missingDocumentsPauseTheTimeLimitOverTheSpringFestivalAndResumeOnArrival() {
		setClock(LocalDateTime.of(2026, 2, 10, 10, 0));
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		assertThat(cases.kase(tn).getResolveBy()).isEqualTo(beijing(2026, 3, 9, 10, 0));
		ProcessInstance relief = steps.reliefInstance(tn);

		steps.complete(tn, "registerApplication", "hhbgrid1",
				application().with("documentsReceived", list("idCard", "householdRegister")));

		BpmnAwareTests.assertThat(relief).hasPassed("requestDocuments").isWaitingAt("receiveDocuments");
		ReliefApplication waiting = applicationOf(cases.kase(tn));
		assertThat(waiting.isPaused()).isTrue();
		assertThat(waiting.getStatus()).isEqualTo(ApplicationStatus.WAITING_FOR_DOCUMENTS);
		Instant documentsDueBy = beijing(2026, 3, 2, 10, 0);
		assertThat(documentRequests.findByApplicationIdOrderByIdAsc(waiting.getId())).singleElement()
			.satisfies(r -> {
				assertThat(r.getDueBy()).isEqualTo(documentsDueBy);
				assertThat(r.getNotice()).contains("收入证明");
			});
		assertThat(cases.task(tn, "receiveDocuments").getDueDate().toInstant()).isEqualTo(documentsDueBy);

		setClock(LocalDateTime.of(2026, 2, 26, 11, 0));
		steps.complete(tn, "receiveDocuments", "hhbgrid1", form().with("documentsReceived", list("incomeProof")));

		// paused 11, 12, 13, 14 (make-up workday), 24, 25, 26 February: 7 working days
		ReliefApplication resumed = applicationOf(cases.kase(tn));
		assertThat(resumed.isPaused()).isFalse();
		assertThat(resumed.getPausedWorkingDays()).isEqualTo(7);
		assertThat(kinds(tn)).containsSubsequence("DOCUMENTS_REQUESTED", "DOCUMENTS_RECEIVED", "DEADLINE_MOVED");
		// the 低保 limit then counts 25 working days from registration without the pause: 32 working days
		Instant dibaoDueBy = beijing(2026, 4, 1, 10, 0);
		assertThat(resumed.getDibaoDueBy()).isEqualTo(dibaoDueBy);
		assertThat(cases.kase(tn).getResolveBy()).isEqualTo(dibaoDueBy);
		assertIntakeResolveBy(tn, dibaoDueBy);
		BpmnAwareTests.assertThat(relief).isWaitingAt("householdSurvey");
		assertThat(logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).extracting(CaseLog::getDetail)
			.anyMatch(d -> d.contains("暂停计时") && d.contains("2026-03-18 10:00"));
	}

	@Test
	void pauseMovesTheFifteenWorkingDayDeadlineAndTheIntakeTimerWhenNoDibaoFollows() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		steps.complete(tn, "registerApplication", "hhbgrid1", application().with("hardship", list("lossOfWork"))
			.with("programmesAsked", list("temporary"))
			.with("documentsReceived", list("idCard", "householdRegister")));
		assertIntakeResolveBy(tn, beijing(2026, 3, 23, 10, 0));

		setClock(LocalDateTime.of(2026, 3, 6, 16, 0));
		steps.complete(tn, "receiveDocuments", "hhbgrid1", form().with("documentsReceived", list("incomeProof")));

		// paused Monday to Friday: 4 working days (3, 4, 5, 6 March)
		Instant moved = beijing(2026, 3, 27, 10, 0);
		assertThat(cases.kase(tn).getResolveBy()).isEqualTo(moved);
		assertIntakeResolveBy(tn, moved);
		BpmnAwareTests.assertThat(steps.reliefInstance(tn)).isWaitingAt("approveTemporaryAssistance");

		steps.complete(tn, "approveTemporaryAssistance", "streetoffice", form().with("temporaryDecision", "approve")
			.with("temporaryAmount", 1500)
			.with("temporaryReasons", "失业后暂无收入，给予一次性临时救助"));
		assertThat(cases.kase(tn).getOutcomeSummary()).contains("临时救助：批准一次性救助金 1500.00 元");
	}

	@Test
	void applicationLapsesWithAWrittenNoticeWhenDocumentsDoNotArriveInTime() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		ProcessInstance relief = steps.reliefInstance(tn);
		steps.complete(tn, "registerApplication", "hhbgrid1", application().with("hardship", list("seriousIllness"))
			.with("documentsReceived", list("idCard")));

		setClock(LocalDateTime.of(2026, 3, 9, 9, 0));
		steps.complete(tn, "receiveDocuments", "hhbgrid1", form().with("documentsReceived", list("householdRegister")));
		BpmnAwareTests.assertThat(relief).isWaitingAt("receiveDocuments");
		ReliefApplication application = applicationOf(cases.kase(tn));
		List<DocumentRequest> requests = documentRequests.findByApplicationIdOrderByIdAsc(application.getId());
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getMissing()).isEqualTo("incomeProof,medicalRecords");
		Instant dueBy = requests.get(1).getDueBy();
		assertThat(dueBy).isEqualTo(beijing(2026, 3, 23, 9, 0));

		setClock(LocalDateTime.of(2026, 3, 23, 9, 1));
		cases.runDueJobs(tn);

		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("lapseApplication", "applicationLapsed");
		Case lapsed = cases.kase(tn);
		assertThat(lapsed.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(lapsed.getOutcome()).isEqualTo("lapsed");
		assertThat(lapsed.getOutcomeSummary()).contains("救助申请已失效").contains("收入证明");
		assertThat(applicationOf(lapsed).getStatus()).isEqualTo(ApplicationStatus.LAPSED);
		assertThat(documentRequests.findByApplicationIdOrderByIdAsc(application.getId()).get(1).getLapsedAt()).isNotNull();
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");
	}

	@Test
	void eachReferralBranchIsAcknowledgedAnsweredAndChasedWhenOverdue() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		ProcessInstance relief = steps.reliefInstance(tn);
		steps.complete(tn, "registerApplication", "hhbgrid1", application().with("hardship", list("seriousIllness"))
			.with("hardshipNote", "女儿患白血病，需长期治疗")
			.with("programmesAsked", list("womensfed", "redcross", "civilaffairs"))
			.with("documentsReceived", list("idCard", "householdRegister", "incomeProof", "medicalRecords")));

		BpmnAwareTests.assertThat(relief).isWaitingAt("recordReferralAcknowledgement").hasNotPassed("dibaoProcedure");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(tn).taskDefinitionKey("recordReferralAcknowledgement")
			.list()).extracting(Task::getName)
			.allMatch(name -> name.startsWith("登记对方签收·"))
			.anyMatch(name -> name.startsWith("登记对方签收·红十字会｜" + tn));
		ReliefApplication application = applicationOf(cases.kase(tn));
		assertThat(referrals.findByApplicationIdOrderByIdAsc(application.getId())).extracting(ReliefReferral::getPartner)
			.containsExactlyInAnyOrder(Programme.WOMENS_FEDERATION, Programme.RED_CROSS, Programme.CIVIL_AFFAIRS_BUREAU)
			.hasSize(3);

		acknowledge(tn, Programme.WOMENS_FEDERATION);
		setClock(LocalDateTime.of(2026, 3, 5, 10, 1));
		cases.runDueJobs(tn);
		assertThat(chases(application)).containsEntry(Programme.WOMENS_FEDERATION, 0)
			.containsEntry(Programme.RED_CROSS, 1)
			.containsEntry(Programme.CIVIL_AFFAIRS_BUREAU, 1);

		acknowledge(tn, Programme.RED_CROSS);
		acknowledge(tn, Programme.CIVIL_AFFAIRS_BUREAU);
		answer(tn, Programme.WOMENS_FEDERATION, "granted", "妇联“母亲邮包”及儿童大病救助1万元");
		setClock(LocalDateTime.of(2026, 3, 26, 10, 2));
		cases.runDueJobs(tn);
		assertThat(chases(application)).containsEntry(Programme.WOMENS_FEDERATION, 0)
			.containsEntry(Programme.RED_CROSS, 2)
			.containsEntry(Programme.CIVIL_AFFAIRS_BUREAU, 2);
		assertThat(logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).extracting(CaseLog::getDetail)
			.anyMatch(d -> d.contains("转介红十字会：逾期未签收"))
			.anyMatch(d -> d.contains("转介红十字会：逾期未给出结果"));

		answer(tn, Programme.RED_CROSS, "granted", "红十字会大病救助2万元");
		BpmnAwareTests.assertThat(relief).isActive();
		answer(tn, Programme.CIVIL_AFFAIRS_BUREAU, "declined", "本年度医疗救助名额已满，列入候补");

		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("referrals", "resolveRelief");
		assertThat(cases.kase(tn).getOutcomeSummary()).contains("转介妇联：已获帮扶")
			.contains("转介红十字会：已获帮扶")
			.contains("转介民政局：未获帮扶，本年度医疗救助名额已满");
	}

	@Test
	void householdThatQualifiesForNothingAskedIsToldWhyInWriting() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		ProcessInstance relief = steps.reliefInstance(tn);
		steps.complete(tn, "registerApplication", "hhbgrid1", application().with("householdMembers",
				json("[{\"name\":\"陈立\",\"relationship\":\"self\",\"age\":40,\"monthlyIncome\":6000}]")));

		BpmnAwareTests.assertThat(relief).isEnded().hasPassed("refuseIneligible", "ineligibleEnd");
		Case refused = cases.kase(tn);
		assertThat(refused.getOutcome()).isEqualTo("ineligible");
		assertThat(refused.getOutcomeSummary()).contains("最低生活保障（低保）：家庭人均月收入高于当地低保标准");
		assertThat(applicationOf(refused).getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
	}

	@Test
	void secretaryExtendsTheDibaoLimitOnceToFortyWorkingDaysWithAReason() {
		String tn = dibaoAtCivilAffairs();
		ProcessInstance relief = steps.reliefInstance(tn);
		setClock(LocalDateTime.of(2026, 3, 30, 10, 1));
		cases.runDueJobs(tn);
		Task decide = cases.task(tn, "decideDibaoExtension");
		assertThat(decide).isNotNull();
		assertThat(decide.getDueDate().toInstant()).isEqualTo(beijing(2026, 4, 7, 10, 0));

		assertThatThrownBy(() -> steps.complete(tn, "decideDibaoExtension", "hhbsup", form().with("extendLimit", "yes")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("理由");
		steps.complete(tn, "decideDibaoExtension", "hhbsup",
				form().with("extendLimit", "yes").with("extensionReason", "需要等待县民政局信息核对结果"));

		Instant extended = beijing(2026, 4, 28, 10, 0);
		ReliefApplication application = applicationOf(cases.kase(tn));
		assertThat(application.isDibaoExtended()).isTrue();
		assertThat(application.getDibaoDueBy()).isEqualTo(extended);
		assertThat(cases.kase(tn).getResolveBy()).isEqualTo(extended);
		assertIntakeResolveBy(tn, extended);
		BpmnAwareTests.assertThat(relief).hasPassed("extendDibaoLimit").isWaitingAt("civilAffairsApproval");

		setClock(LocalDateTime.of(2026, 4, 7, 10, 1));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "superviseResolution")).isNull();
		civilAffairs(tn, true);
		BpmnAwareTests.assertThat(relief).isEnded();
	}

	@Test
	void approvalBeforeTheSecretaryAnswersEndsTheExtensionQuestion() {
		String tn = dibaoAtCivilAffairs();
		ProcessInstance relief = steps.reliefInstance(tn);
		setClock(LocalDateTime.of(2026, 3, 30, 10, 1));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "decideDibaoExtension")).isNotNull();

		civilAffairs(tn, true);

		BpmnAwareTests.assertThat(relief).isEnded().hasNotPassed("extendDibaoLimit");
		assertThat(cases.task(tn, "decideDibaoExtension")).isNull();
		assertThat(applicationOf(cases.kase(tn)).isDibaoExtended()).isFalse();
	}

	@Test
	void secretaryMayKeepTheLimitAndTheIntakeEscalatesWhenItPasses() {
		String tn = dibaoAtCivilAffairs();
		ProcessInstance relief = steps.reliefInstance(tn);
		setClock(LocalDateTime.of(2026, 3, 30, 10, 1));
		cases.runDueJobs(tn);
		steps.complete(tn, "decideDibaoExtension", "hhbsup", form().with("extendLimit", "no"));
		BpmnAwareTests.assertThat(relief).hasPassed("dibaoNotExtended").isWaitingAt("civilAffairsApproval");

		setClock(LocalDateTime.of(2026, 4, 7, 10, 1));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "superviseResolution")).isNotNull();
	}

	@Test
	void badApplicationFormsAreRefusedAndChangeNothing() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		assertThatThrownBy(() -> steps.complete(tn, "registerApplication", "hhbgrid1",
				application().with("householdMembers", json("[]"))))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("家庭成员");
		assertThatThrownBy(() -> steps.complete(tn, "registerApplication", "hhbgrid1", application().with(
				"householdMembers", json("[{\"name\":\"甲\",\"relationship\":\"self\",\"age\":30,\"monthlyIncome\":-5}]"))))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("月收入");
		assertThatThrownBy(() -> steps.complete(tn, "registerApplication", "hhbgrid1",
				application().with("programmesAsked", list("lottery"))))
			.isInstanceOf(InvalidFormException.class);
		assertThatThrownBy(() -> steps.complete(tn, "registerApplication", "hhbgrid1", application().without("savings")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("存款");

		assertThat(applications.findByCaseIdOrderByIdDesc(cases.kase(tn).getId())).isEmpty();
		assertThat(cases.kase(tn).getRespondedAt()).isNull();
		BpmnAwareTests.assertThat(steps.reliefInstance(tn)).isWaitingAt("registerApplication");
	}

	private String dibaoInNotice() {
		String tn = cases.file(request("hongheba", "hhb-1", "relief", false));
		steps.complete(tn, "registerApplication", "hhbgrid1", application());
		survey(tn);
		BpmnAwareTests.assertThat(steps.reliefInstance(tn)).isWaitingAt("noticeGateway");
		return tn;
	}

	private String dibaoAtCivilAffairs() {
		String tn = dibaoInNotice();
		moveClock(Duration.ofDays(7).plusMinutes(1));
		cases.runDueJobs(tn);
		streetReview(tn, true);
		return tn;
	}

	private void survey(String tn) {
		steps.complete(tn, "householdSurvey", "hhbgrid1",
				form().with("surveyConfirms", "yes").with("surveyFindings", "入户核实：母女二人居住，收入与申报一致"));
	}

	private void streetReview(String tn, boolean pass) {
		steps.complete(tn, "streetOfficeReview", "streetoffice",
				form().with("streetDecision", pass ? "pass" : "refuse").with("streetOpinion", "公示无异议，审核通过"));
	}

	private void civilAffairs(String tn, boolean approve) {
		steps.complete(tn, "civilAffairsApproval", "civilaffairs", form().with("dibaoDecision", approve ? "approve" : "refuse")
			.with("monthlyAmount", 450)
			.with("firstMonth", "2026-04")
			.with("dibaoReasons", "符合城市低保条件，按差额发放"));
	}

	private void acknowledge(String tn, Programme partner) {
		steps.completeReferral(tn, "recordReferralAcknowledgement", partner, "hhbgrid1",
				form().with("acknowledgedBy", partner.partnerName() + "经办人"));
	}

	private void answer(String tn, Programme partner, String outcome, String note) {
		steps.completeReferral(tn, "recordReferralResult", partner, "hhbgrid1",
				form().with("referralOutcome", outcome).with("referralResultNote", note));
	}

	private java.util.Map<Programme, Integer> chases(ReliefApplication application) {
		java.util.Map<Programme, Integer> chases = new java.util.EnumMap<>(Programme.class);
		referrals.findByApplicationIdOrderByIdAsc(application.getId())
			.forEach(r -> chases.put(r.getPartner(), r.getChaseCount()));
		return chases;
	}

	private ReliefApplication applicationOf(Case kase) {
		return applications.findByCaseIdOrderByIdDesc(kase.getId()).get(0);
	}

	private List<String> kinds(String tn) {
		return logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId()).stream().map(CaseLog::getKind).toList();
	}

	private void assertIntakeResolveBy(String tn, Instant expected) {
		ProcessInstance intake = cases.intakeInstance(tn);
		assertThat(((Date) runtime.getVariable(intake.getId(), "resolveBy")).toInstant()).isEqualTo(expected);
		Job timer = management.createJobQuery()
			.processInstanceId(intake.getId())
			.activityId("resolveByTimer")
			.singleResult();
		assertThat(timer.getDuedate().toInstant()).isEqualTo(expected);
	}

	private static CurrentUser deskWorker() {
		return new CurrentUser("hhbgrid2", Set.of(Roles.CASEWORKER, "hongheba"), Set.of("hongheba"));
	}

	static Instant beijing(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TestCases.BEIJING).toInstant();
	}

}
