package org.shequ.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shequ.mediation.DisputeForms.agreement;
import static org.shequ.mediation.DisputeForms.arrived;
import static org.shequ.mediation.DisputeForms.followUp;
import static org.shequ.mediation.DisputeForms.noAgreement;
import static org.shequ.mediation.DisputeForms.streetReferral;
import static org.shequ.mediation.DisputeForms.with;
import static org.shequ.support.TestCases.request;
import static org.shequ.support.TestCases.setClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.shequ.system.InvalidFormException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.shequ.roster.RosterShift;
import org.shequ.roster.RosterShiftRepository;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of dispute-mediation.bpmn, from filing to closure, with the engine clock moved. */
@ShequTest
class DisputeMediationProcessTest {

	/** A Wednesday: jfqgrid1 is on call 08:00–20:00, jfqgrid2 from 20:00 to Thursday 20:00. */
	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	static final String TRACK = "dispute-mediation";

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestCases cases;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	CaseLogRepository logs;

	@Autowired
	MediationSessionRepository sessions;

	@Autowired
	MediationAgreementRepository agreements;

	@Autowired
	RosterShiftRepository shifts;

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
	void agreementOnSiteIsIssuedFollowedUpAndTheCaseClosedAfterTheCallback() {
		String tn = urgentDispute();
		Case filed = cases.kase(tn);
		assertThat(filed.getTrack()).isEqualTo(TRACK);
		assertThat(filed.getAssignee()).isEqualTo("jfqgrid1");
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("handleTrack").hasPassed("dispatchToOnCall");
		BpmnAwareTests.assertThat(track(tn)).isWaitingAt("confirmArrival").hasPassed("decideLimits", "prepareMediation");
		assertThat(cases.task(tn, "confirmArrival").getAssignee()).isEqualTo("jfqgrid1");

		TestCases.moveClock(Duration.ofMinutes(25));
		cases.complete(tn, "confirmArrival", "jfqgrid1", arrived());
		Case responded = cases.kase(tn);
		assertThat(responded.getRespondedBy()).isEqualTo("jfqgrid1");
		assertThat(responded.getRespondedAt()).isEqualTo(now());
		assertThat(responded.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		BpmnAwareTests.assertThat(track(tn)).hasPassed("arrived").isWaitingAt("mediateOnSite");
		Task mediate = cases.task(tn, "mediateOnSite");
		assertThat(mediate.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(runtime.getVariable(mediate.getExecutionId(), "partyAName")).isEqualTo("测试居民");
		assertThat(tasks.getVariableLocal(mediate.getId(), "mediationRecord")).isEqualTo("（尚无调解记录）");

		TestCases.moveClock(Duration.ofMinutes(50));
		cases.complete(tn, "mediateOnSite", "jfqgrid1", agreement());
		Case resolved = cases.kase(tn);
		assertThat(resolved.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(resolved.getOutcome()).isEqualTo("agreement");
		assertThat(resolved.getOutcomeSummary()).contains("解放桥社区人民调解委员会").contains(tn + "-1");
		MediationAgreement agreement = agreements.findByCaseIdOrderBySequenceNoAsc(resolved.getId()).get(0);
		assertThat(agreement.getAgreementNumber()).isEqualTo(tn + "-1");
		assertThat(agreement.getAmount()).isEqualByComparingTo("350");
		assertThat(agreement.getPayer()).isEqualTo(Payer.PARTY_B);
		assertThat(agreement.getPayBy()).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(agreement.getMediatorName()).isEqualTo("刘海燕");
		assertThat(agreement.getDocumentHtml()).contains("人民调解协议书").contains(DisputeForms.TENANT);
		assertThat(runtime.getVariables(track(tn).getId())).doesNotContainKeys("partyAName", "agreementTerms", "amount",
				"consentA", "mediationResult");
		BpmnAwareTests.assertThat(track(tn)).hasPassed("issueAgreement").isWaitingAt("followUpTimer");

		TestCases.moveClock(Duration.ofDays(3).minusMinutes(1));
		cases.runDueJobs(tn);
		BpmnAwareTests.assertThat(track(tn)).isWaitingAt("followUpTimer");
		TestCases.moveClock(Duration.ofMinutes(2));
		cases.runDueJobs(tn);
		Task visit = cases.task(tn, "followUpVisit");
		assertThat(visit.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(tasks.getVariableLocal(visit.getId(), "mediationRecord").toString()).contains(tn + "-1")
			.contains("乙方向甲方支付 350.00 元");
		assertThat(cases.task(tn, "superviseResolution")).isNull();

		cases.complete(tn, "followUpVisit", "jfqgrid1", followUp(true));
		ProcessInstance intake = cases.intakeInstance(tn);
		BpmnAwareTests.assertThat(intake).hasPassed("confirmResolved").isWaitingAt("callbackResident");
		assertThat(historicTrack(tn).getEndActivityId()).isEqualTo("agreementHonoured");
		assertThat(agreements.findById(agreement.getId()).orElseThrow().getHonoured()).isTrue();

		cases.callback(tn, "jfqgrid2", "satisfied");
		BpmnAwareTests.assertThat(intake).isEnded();
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(logKinds(tn)).containsExactly("RECEIVED", "TRIAGED", "DISPATCHED", "RESPONDED", "MEDIATED",
				"AGREEMENT_ISSUED", "RESOLVED", "FOLLOW_UP", "TRACK_COMPLETED", "CALLBACK", "CLOSED");
	}

	@Test
	void noAgreementGoesToTheStreetCommitteeWhichReachesOne() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1", noAgreement());

		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		BpmnAwareTests.assertThat(track(tn)).hasPassed("referToStreet").isWaitingAt("streetMediation");
		Task street = cases.task(tn, "streetMediation");
		assertThat(street.getAssignee()).isNull();
		assertThat(tasks.getIdentityLinksForTask(street.getId())).extracting(IdentityLink::getGroupId)
			.contains("streetoffice");
		assertThat(runtime.getVariable(street.getExecutionId(), "partyBName")).isEqualTo(DisputeForms.TENANT);
		assertThat(tasks.getVariableLocal(street.getId(), "mediationRecord").toString()).contains("社区调解")
			.contains("店主坚持按原价赔偿");

		cases.complete(tn, "streetMediation", "streetoffice",
				with(agreement(), "agreementTerms", "乙方赔偿甲方外包装损失300元，甲方不再追究"));
		Case resolved = cases.kase(tn);
		assertThat(resolved.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(resolved.getOutcome()).isEqualTo("agreement");
		MediationAgreement agreement = agreements.findFirstByCaseIdOrderBySequenceNoDesc(resolved.getId()).orElseThrow();
		assertThat(agreement.getMediationBody()).isEqualTo("街道人民调解委员会");
		assertThat(agreement.getMediator()).isEqualTo("streetoffice");
		assertThat(agreement.getMediatorName()).isEqualTo("冯德华");
		assertThat(sessions.findByCaseIdOrderByIdAsc(resolved.getId())).extracting(MediationSession::getLevel)
			.containsExactly(MediationLevel.COMMUNITY, MediationLevel.STREET);
		BpmnAwareTests.assertThat(track(tn)).hasPassed("streetResultGateway", "issueAgreement")
			.isWaitingAt("followUpTimer");

		TestCases.moveClock(Duration.ofDays(3).plusMinutes(1));
		cases.runDueJobs(tn);
		cases.complete(tn, "followUpVisit", "jfqgrid1", followUp(true));
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");
		assertThat(logKinds(tn)).containsSubsequence("MEDIATED", "REFERRED_TO_STREET", "MEDIATED", "AGREEMENT_ISSUED",
				"RESOLVED", "FOLLOW_UP");
	}

	@Test
	void whenTheStreetCommitteeFailsTooTheCaseIsReferredToCourtAndResolvedAsReferred() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1", noAgreement());
		cases.complete(tn, "streetMediation", "streetoffice", streetReferral("court"));

		Case referred = cases.kase(tn);
		assertThat(referred.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(referred.getOutcome()).isEqualTo("referred");
		assertThat(referred.getResolvedBy()).isEqualTo("streetoffice");
		assertThat(referred.getOutcomeSummary()).contains("人民法院").contains("双方对损失金额分歧过大");
		MediationSession street = sessions.findFirstByCaseIdOrderByIdDesc(referred.getId()).orElseThrow();
		assertThat(street.getReferredTo()).isEqualTo(ReferralTarget.COURT);
		assertThat(street.getNoAgreementReason()).isEqualTo("双方对损失金额分歧过大，店主表示将起诉");
		assertThat(agreements.countByCaseId(referred.getId())).isZero();
		assertThat(historicTrack(tn).getEndActivityId()).isEqualTo("referredOn");
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).hasPassed("confirmResolved").isWaitingAt("callbackResident");
		assertThat(logKinds(tn)).containsSubsequence("REFERRED_TO_STREET", "MEDIATED", "REFERRED", "RESOLVED",
				"TRACK_COMPLETED");

		cases.callback(tn, "jfqgrid1", "fairly");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void streetReferralToTheJudicialOfficeIsRecordedToo() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1", noAgreement());
		cases.complete(tn, "streetMediation", "streetoffice", streetReferral("judicial"));

		assertThat(cases.kase(tn).getOutcomeSummary()).contains("司法所");
		assertThat(sessions.findFirstByCaseIdOrderByIdDesc(cases.kase(tn).getId()).orElseThrow().getReferredTo())
			.isEqualTo(ReferralTarget.JUDICIAL);
	}

	@Test
	void agreementNotHonouredGoesBackToMediation() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1", agreement());
		TestCases.moveClock(Duration.ofDays(3).plusMinutes(1));
		cases.runDueJobs(tn);
		cases.complete(tn, "followUpVisit", "jfqgrid1", followUp(false));

		Case reopened = cases.kase(tn);
		assertThat(reopened.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(reopened.getResolvedAt()).isNull();
		assertThat(reopened.getReopenCount()).isZero();
		BpmnAwareTests.assertThat(track(tn)).hasPassed("resumeMediation").isWaitingAt("mediateOnSite");
		Task again = cases.task(tn, "mediateOnSite");
		assertThat(again.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(tasks.getVariableLocal(again.getId(), "mediationRecord").toString()).contains("未履行");
		assertThat(runtime.getVariable(again.getExecutionId(), "lossFound")).isEqualTo(
				"仅外包装纸箱受潮，瓶装酒完好，可更换包装后出售");
		assertThat(agreements.findFirstByCaseIdOrderBySequenceNoDesc(reopened.getId()).orElseThrow().getHonoured())
			.isFalse();

		cases.complete(tn, "mediateOnSite", "jfqgrid1",
				with(with(agreement(), "payBy", "2026-12-08"), "agreementTerms", "乙方当场支付350元并于当日修好水管"));
		List<MediationAgreement> both = agreements.findByCaseIdOrderBySequenceNoAsc(reopened.getId());
		assertThat(both).extracting(MediationAgreement::getAgreementNumber).containsExactly(tn + "-1", tn + "-2");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.RESOLVED);
		TestCases.moveClock(Duration.ofDays(3).plusMinutes(1));
		cases.runDueJobs(tn);
		cases.complete(tn, "followUpVisit", "jfqgrid1", followUp(true));
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");
		assertThat(logKinds(tn)).containsSubsequence("FOLLOW_UP", "MEDIATION_RESUMED", "MEDIATED", "AGREEMENT_ISSUED",
				"RESOLVED", "FOLLOW_UP", "TRACK_COMPLETED");
	}

	@Test
	void disputeFiledAt2340GoesStraightToTheNightCadreAndEscalatesAt0041ThenAsksTheNextCadre() {
		setClock(LocalDateTime.of(2026, 12, 2, 23, 40));
		String tn = urgentDispute();

		Case filed = cases.kase(tn);
		assertThat(filed.getAssignee()).isEqualTo("jfqgrid2");
		assertThat(filed.getRespondBy()).isEqualTo(at(2026, 12, 3, 0, 40));
		Task first = cases.task(tn, "confirmArrival");
		assertThat(first.getAssignee()).isEqualTo("jfqgrid2");
		assertThat(first.getDueDate().toInstant()).isEqualTo(filed.getRespondBy());

		setClock(LocalDateTime.of(2026, 12, 3, 0, 39));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "superviseResponse")).isNull();

		setClock(LocalDateTime.of(2026, 12, 3, 0, 41));
		cases.runDueJobs(tn);
		Task supervise = cases.task(tn, "superviseResponse");
		assertThat(supervise).isNotNull();
		assertThat(tasks.getIdentityLinksForTask(supervise.getId())).extracting(IdentityLink::getUserId)
			.containsExactly("jfqsup");
		assertThat(cases.task(tn, "confirmArrival").getAssignee()).isEqualTo("jfqgrid2");
		assertThat(cases.task(tn, "backupArrival")).isNull();

		setClock(LocalDateTime.of(2026, 12, 3, 1, 39));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "backupArrival")).isNull();

		setClock(LocalDateTime.of(2026, 12, 3, 1, 41));
		cases.runDueJobs(tn);
		Task backup = cases.task(tn, "backupArrival");
		assertThat(backup.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(cases.task(tn, "confirmArrival").getAssignee()).isEqualTo("jfqgrid2");
		assertThat(cases.openTasks(tn)).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder("confirmArrival", "backupArrival", "superviseResponse");
		assertThat(logs.findByCaseIdOrderByIdAsc(filed.getId())).filteredOn(l -> l.getKind().equals("ESCALATED"))
			.extracting(CaseLog::getDetail)
			.satisfiesExactly(level1 -> assertThat(level1).contains("超过响应时限"),
					level2 -> assertThat(level2).contains("二级督办").contains("jfqgrid1"));

		setClock(LocalDateTime.of(2026, 12, 3, 1, 55));
		cases.complete(tn, "backupArrival", "jfqgrid1", arrived());
		Case responded = cases.kase(tn);
		assertThat(responded.getRespondedBy()).isEqualTo("jfqgrid1");
		assertThat(responded.getRespondedAt()).isEqualTo(at(2026, 12, 3, 1, 55));
		assertThat(responded.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(cases.task(tn, "confirmArrival")).isNull();
		BpmnAwareTests.assertThat(track(tn)).hasPassed("backupArrived").isWaitingAt("mediateOnSite");
		assertThat(cases.task(tn, "mediateOnSite").getAssignee()).isEqualTo("jfqgrid1");
		assertThat(cases.task(tn, "superviseResponse")).isNotNull();

		cases.complete(tn, "superviseResponse", "jfqsup",
				Map.of("supervisionAction", "urged", "supervisionNote", "赵志强电话未接通，刘海燕已到场调解"));
		cases.complete(tn, "mediateOnSite", "jfqgrid1", agreement());
		assertThat(cases.kase(tn).getOutcome()).isEqualTo("agreement");
	}

	@Test
	void firstCadreArrivingAfterTheNextWasAskedWithdrawsTheBackupTask() {
		String tn = urgentDispute();
		TestCases.moveClock(Duration.ofHours(2).plusMinutes(1));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "backupArrival").getAssignee()).isEqualTo("jfqgrid2");

		cases.complete(tn, "confirmArrival", "jfqgrid1", arrived());

		assertThat(cases.task(tn, "backupArrival")).isNull();
		assertThat(cases.kase(tn).getRespondedBy()).isEqualTo("jfqgrid1");
		assertThat(cases.kase(tn).getAssignee()).isEqualTo("jfqgrid1");
		BpmnAwareTests.assertThat(track(tn)).hasPassed("arrived").isWaitingAt("mediateOnSite");
		assertThat(logKinds(tn)).doesNotContain("REASSIGNED");
	}

	@Test
	void afterTheSecretaryReassignedTheCaseTheSecondLevelAsksTheCadreNotHoldingIt() {
		setClock(LocalDateTime.of(2026, 12, 2, 23, 40));
		String tn = urgentDispute();
		setClock(LocalDateTime.of(2026, 12, 3, 0, 41));
		cases.runDueJobs(tn);
		cases.complete(tn, "superviseResponse", "jfqsup", Map.of("supervisionAction", "reassigned", "reassignTo",
				"jfqgrid1", "supervisionNote", "赵志强电话不通，改派刘海燕"));
		assertThat(cases.task(tn, "confirmArrival").getAssignee()).isEqualTo("jfqgrid1");

		setClock(LocalDateTime.of(2026, 12, 3, 1, 41));
		cases.runDueJobs(tn);

		assertThat(cases.task(tn, "backupArrival").getAssignee()).isEqualTo("jfqgrid2");
	}

	@Test
	void withNobodyElseOnTheRosterTheWholeCommunityIsAskedToRespond() {
		List<RosterShift> demo = copy(shifts.findByCommunityIdOrderByStartMinute("mozijing"));
		try {
			replaceRoster("mozijing", List.of(new RosterShift("mozijing", "mzjgrid1", 0, 0)));
			String tn = cases.file(request("mozijing", "mzj-2", "dispute", true));
			assertThat(cases.task(tn, "confirmArrival").getAssignee()).isEqualTo("mzjgrid1");
			TestCases.moveClock(Duration.ofHours(2).plusMinutes(1));
			cases.runDueJobs(tn);

			Task backup = cases.task(tn, "backupArrival");
			assertThat(backup.getAssignee()).isNull();
			assertThat(tasks.getIdentityLinksForTask(backup.getId())).extracting(IdentityLink::getGroupId)
				.contains("mozijing");
			assertThat(logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).extracting(CaseLog::getDetail)
				.anySatisfy(detail -> assertThat(detail).contains("值班表上没有其他值班干部"));

			cases.complete(tn, "backupArrival", "mzjgrid2", arrived());
			assertThat(cases.kase(tn).getRespondedBy()).isEqualTo("mzjgrid2");
			assertThat(cases.task(tn, "mediateOnSite").getAssignee()).isEqualTo("mzjgrid2");
			assertThat(logKinds(tn)).contains("REASSIGNED");
		}
		finally {
			replaceRoster("mozijing", demo);
		}
	}

	@Test
	void confirmingBeforeTheSecondLimitAsksNobodyElse() {
		String tn = urgentDispute();
		TestCases.moveClock(Duration.ofMinutes(61));
		cases.runDueJobs(tn);
		assertThat(cases.task(tn, "superviseResponse")).isNotNull();

		TestCases.moveClock(Duration.ofMinutes(10));
		cases.complete(tn, "confirmArrival", "jfqgrid1", arrived());
		TestCases.moveClock(Duration.ofHours(1));
		cases.runDueJobs(tn);

		assertThat(cases.task(tn, "backupArrival")).isNull();
		assertThat(logKinds(tn)).containsOnlyOnce("ESCALATED");
		BpmnAwareTests.assertThat(track(tn)).isWaitingAt("mediateOnSite");
	}

	@Test
	void nonUrgentDaytimeDisputeGoesToTheGridWorkerWithLongerLimits() {
		String tn = cases.file(request("jiefangqiao", "jfq-2", "dispute", false));

		assertThat(cases.kase(tn).getDispatch()).isEqualTo("grid");
		assertThat(cases.task(tn, "confirmArrival").getAssignee()).isEqualTo("jfqgrid2");
		assertThat(runtime.getVariable(track(tn).getId(), "askNextAt"))
			.isEqualTo(Date.from(cases.kase(tn).getReceivedAt().plus(Duration.ofHours(48))));
		assertThat(runtime.getVariable(track(tn).getId(), "followUpAfter")).isEqualTo("P3D");
	}

	@Test
	void reopenedDisputeGoesStraightBackToMediation() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1", agreement());
		TestCases.moveClock(Duration.ofDays(3).plusMinutes(1));
		cases.runDueJobs(tn);
		cases.complete(tn, "followUpVisit", "jfqgrid1", followUp(true));
		cases.callback(tn, "jfqgrid2", "dissatisfied");
		cases.complete(tn, "reviewDissatisfaction", "jfqsup",
				Map.of("reviewDecision", "reopen", "reviewReason", "店主反映赔偿款至今未到账，重新调解"));

		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.REOPENED);
		BpmnAwareTests.assertThat(track(tn)).hasPassed("respondedGateway", "mediationMerge")
			.hasNotPassed("respondPhase", "confirmArrival")
			.isWaitingAt("mediateOnSite");
		assertThat(cases.task(tn, "mediateOnSite").getAssignee()).isEqualTo("jfqgrid1");
	}

	@Test
	void anAgreementWithoutBothPartiesConsentIsRefusedAndChangesNothing() {
		String tn = respondedUrgentDispute();

		assertThatThrownBy(() -> cases.complete(tn, "mediateOnSite", "jfqgrid1", with(agreement(), "consentB", false)))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("须经双方当事人同意");
		assertThatThrownBy(() -> cases.complete(tn, "mediateOnSite", "jfqgrid1", with(agreement(), "amount", null)))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("金额");
		assertThatThrownBy(() -> cases.complete(tn, "mediateOnSite", "jfqgrid1", with(agreement(), "amount", -5)))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("金额");
		assertThatThrownBy(() -> cases.complete(tn, "mediateOnSite", "jfqgrid1",
				with(agreement(), "payBy", "2026-12-01")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("履行期限");
		assertThatThrownBy(() -> cases.complete(tn, "mediateOnSite", "jfqgrid1",
				with(agreement(), "partyBPhone", "12345")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("乙方联系电话");
		assertThatThrownBy(() -> cases.complete(tn, "mediateOnSite", "jfqgrid1",
				with(noAgreement(), "noAgreementReason", null)))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("未达成协议的原因");

		assertThat(cases.task(tn, "mediateOnSite")).isNotNull();
		assertThat(sessions.findByCaseIdOrderByIdAsc(cases.kase(tn).getId())).isEmpty();
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void anAgreementWithoutPaymentNeedsNoAmount() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1",
				with(with(agreement(), "payer", "none"), "agreementTerms", "乙方当面向甲方道歉并修好水管"));

		MediationAgreement agreement = agreements.findFirstByCaseIdOrderBySequenceNoDesc(cases.kase(tn).getId())
			.orElseThrow();
		assertThat(agreement.getPayer()).isEqualTo(Payer.NONE);
		assertThat(agreement.getAmount()).isNull();
		assertThat(agreement.getDocumentHtml()).contains("本协议不涉及金钱给付");
	}

	@Test
	void amountsWithCentsAreKeptExactly() {
		String tn = respondedUrgentDispute();
		cases.complete(tn, "mediateOnSite", "jfqgrid1", with(agreement(), "amount", "350.5"));

		assertThat(agreements.findFirstByCaseIdOrderBySequenceNoDesc(cases.kase(tn).getId()).orElseThrow().getAmount())
			.isEqualTo(new BigDecimal("350.50"));
	}

	private void replaceRoster(String community, List<RosterShift> week) {
		transaction.executeWithoutResult(status -> {
			shifts.deleteByCommunityId(community);
			shifts.flush();
			shifts.saveAll(copy(week));
		});
	}

	private static List<RosterShift> copy(List<RosterShift> week) {
		return week.stream()
			.map(s -> new RosterShift(s.getCommunityId(), s.getUserId(), s.getStartMinute(), s.getEndMinute()))
			.toList();
	}

	private String urgentDispute() {
		return cases.file(request("jiefangqiao", "jfq-1", "dispute", true));
	}

	/** Filed on Wednesday morning; the on-call cadre jfqgrid1 arrived twenty minutes later. */
	private String respondedUrgentDispute() {
		String tn = urgentDispute();
		TestCases.moveClock(Duration.ofMinutes(20));
		cases.complete(tn, "confirmArrival", "jfqgrid1", arrived());
		return tn;
	}

	private ProcessInstance track(String tn) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(tn)
			.processDefinitionKey(TRACK)
			.singleResult();
	}

	private HistoricProcessInstance historicTrack(String tn) {
		return history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(tn)
			.processDefinitionKey(TRACK)
			.orderByProcessInstanceStartTime()
			.desc()
			.list()
			.get(0);
	}

	private List<String> logKinds(String tn) {
		return logs.findByCaseIdOrderByIdAsc(cases.kase(tn).getId()).stream().map(CaseLog::getKind).toList();
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TestCases.BEIJING).toInstant();
	}

}
