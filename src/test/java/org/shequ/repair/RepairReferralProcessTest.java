package org.shequ.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shequ.support.TestCases.setClock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.shequ.system.InvalidFormException;
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
import org.shequ.asset.Asset;
import org.shequ.asset.AssetType;
import org.shequ.asset.OwnerKind;
import org.shequ.intake.Case;
import org.shequ.intake.CaseLog;
import org.shequ.intake.CaseLogRepository;
import org.shequ.intake.CaseStatus;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.shequ.system.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of repair-referral.bpmn, from POST /api/cases to closure. */
@ShequTest
class RepairReferralProcessTest {

	/** A Wednesday without holidays around it: jfqgrid1 is the grid worker of jfq-1. */
	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	static final String CITY_WORKS = "区住房和城乡建设局（城建）";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepairSteps repair;

	@Autowired
	TestCases cases;

	@Autowired
	TaskService tasks;

	@Autowired
	CaseLogRepository logs;

	@Autowired
	RepairCaseRepository repairCases;

	@Autowired
	ReferralRepository referrals;

	@Autowired
	VolunteerVisitRepository visits;

	@Autowired
	RepairQueries queries;

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
	void municipalDepartmentAcknowledgesAndFixesThenTheResidentIsCalledBack() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String tn = repair.file("jiefangqiao", "jfq-1", lights);

		Case kase = cases.kase(tn);
		assertThat(kase.getTrack()).isEqualTo("repair-referral");
		assertThat(kase.getAssetId()).isEqualTo(lights.getId());
		ProcessInstance track = repair.repairInstance(tn);
		BpmnAwareTests.assertThat(track).isWaitingAt("respondAndAssess").hasPassed("findDuplicates");
		Task assess = cases.task(tn, "respondAndAssess");
		assertThat(assess.getAssignee()).isEqualTo("jfqgrid1");
		assertThat(tasks.getVariableLocal(assess.getId(), "assetId")).isEqualTo(lights.getId().toString());
		assertThat(tasks.getVariableLocal(assess.getId(), "assetChoices").toString()).contains(lights.getName())
			.contains("\"none\"");
		assertThat(tasks.getVariable(assess.getId(), "duplicateSuspected")).isEqualTo(false);

		repair.assess(tn, "jfqgrid1", lights, false, false);
		assertThat(cases.kase(tn).getRespondedBy()).isEqualTo("jfqgrid1");
		BpmnAwareTests.assertThat(track).hasPassed("decideResponsibility", "applyResponsibility", "issueReferral")
			.isWaitingAt("deliverReferral");
		RepairCase decided = repairCases.findByCaseId(kase.getId()).orElseThrow();
		assertThat(decided.getRoute()).isEqualTo(Route.EXTERNAL);
		assertThat(decided.chain()).containsExactly("owner");
		assertThat(decided.getTimeLimit()).isEqualTo("5WD");
		Referral letter = referrals.findFirstByCaseIdOrderBySeqNoDesc(kase.getId()).orElseThrow();
		assertThat(letter.getLetterNumber()).isEqualTo(tn + "-Z1");
		assertThat(letter.getBodyName()).isEqualTo(CITY_WORKS);
		assertThat(letter.getDueBy()).isEqualTo(LocalDateTime.of(2026, 12, 9, 10, 0).atZone(TestCases.BEIJING).toInstant());
		assertThat(tasks.getVariableLocal(cases.task(tn, "deliverReferral").getId(), "repairFacts").toString())
			.contains(letter.getLetterNumber()).contains("/api/cases/" + tn + "/referrals/" + tn + "-Z1/letter");

		repair.deliver(tn, "jfqgrid1");
		BpmnAwareTests.assertThat(track).isWaitingAt("reminderDue");
		repair.answer(tn, "jfqgrid1", "acknowledged", null);
		BpmnAwareTests.assertThat(track).hasPassed("acknowledged").isWaitingAt("awaitCompletion");
		repair.answer(tn, "jfqgrid1", "completed", null);
		BpmnAwareTests.assertThat(track).hasPassed("referralCompleted").isWaitingAt("confirmWithResident");

		repair.confirm(tn, "jfqgrid1", true);
		BpmnAwareTests.assertThat(track).isEnded().hasPassed("resolveLinkedCases", "repairDone");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(cases.kase(tn).getOutcomeSummary()).startsWith(CITY_WORKS + "已修复");
		BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");

		cases.callback(tn, "jfqgrid2", "satisfied");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(kinds(tn)).containsSubsequence("RECEIVED", "TRIAGED", "DISPATCHED", "RESPONDED", "ASSESSED",
				"RESPONSIBILITY", "REFERRAL_ISSUED", "REFERRAL_DELIVERED", "REFERRAL_ACKNOWLEDGED", "REFERRAL_COMPLETED",
				"RESOLVED", "TRACK_COMPLETED", "CALLBACK", "CLOSED");
		assertThat(referrals.findById(letter.getId()).orElseThrow().getStatus()).isEqualTo(Referral.Status.COMPLETED);
	}

	@Test
	void propertyCompanyDeclinesThenTheOwnerUnitFixes() {
		Asset compound = repair.asset("jiefangqiao", AssetType.COMPOUND, OwnerKind.OWNER_UNIT, "测试电业局后勤科", "测试物业公司");
		String tn = repair.file("jiefangqiao", "jfq-1", compound);
		repair.assess(tn, "jfqgrid1", compound, false, false);
		ProcessInstance track = repair.repairInstance(tn);
		assertThat(currentLetter(tn).getBodyName()).isEqualTo("测试物业公司");

		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "declined", "物业合同不含院内花坛和步道的养护");
		BpmnAwareTests.assertThat(track).hasPassed("declined", "moveToNextParty").isWaitingAt("deliverReferral");
		Referral second = currentLetter(tn);
		assertThat(second.getLetterNumber()).isEqualTo(tn + "-Z2");
		assertThat(second.getBodyName()).isEqualTo("测试电业局后勤科");
		assertThat(referrals.findByLetterNumber(tn + "-Z1").orElseThrow().getDeclineReason()).contains("物业合同");

		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "acknowledged", null);
		repair.answer(tn, "jfqgrid1", "completed", null);
		repair.confirm(tn, "jfqgrid1", true);

		BpmnAwareTests.assertThat(track).isEnded();
		assertThat(cases.kase(tn).getOutcomeSummary()).startsWith("测试电业局后勤科已修复");
		assertThat(details(tn)).anyMatch(d -> d.contains("测试物业公司 推诿") && d.contains("转下一责任方 测试电业局后勤科"));
	}

	@Test
	void whenEveryResponsibleBodyDeclinesTheCommunityRepairsItItself() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.OWNER_UNIT, "测试化工厂后勤处", null);
		String tn = repair.file("jiefangqiao", "jfq-1", lights);
		repair.assess(tn, "jfqgrid1", lights, false, false);
		ProcessInstance track = repair.repairInstance(tn);

		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "declined", "工厂停产，无力维修");
		assertThat(currentLetter(tn).getBodyName()).isEqualTo(CITY_WORKS);
		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "acknowledged", null);
		repair.answer(tn, "jfqgrid1", "declined", "属单位自有设施，不在市政路灯范围");

		BpmnAwareTests.assertThat(track).isWaitingAt("communityRepair");
		assertThat(repairCases.findByCaseId(cases.kase(tn).getId()).orElseThrow().getRoute()).isEqualTo(Route.COMMUNITY);
		cases.complete(tn, "communityRepair", "jfqgrid1", Map.of("actionsTaken", "社区筹资请电工更换了6盏灯"));
		repair.confirm(tn, "jfqgrid1", true);

		BpmnAwareTests.assertThat(track).isEnded().hasPassed("communityRepair");
		assertThat(cases.kase(tn).getOutcomeSummary()).startsWith("社区已修复");
		assertThat(kinds(tn)).contains("COMMUNITY_REPAIRED");
	}

	@Test
	void unacknowledgedReferralIsChasedEveryTwoWorkingDaysAndTheSecretarySupervisesPastTheLimit() {
		Asset road = repair.asset("jiefangqiao", AssetType.ROAD, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String tn = repair.file("jiefangqiao", "jfq-1", road);
		repair.assess(tn, "jfqgrid1", road, false, false);
		repair.deliver(tn, "jfqgrid1");
		ProcessInstance track = repair.repairInstance(tn);

		moveTo(LocalDateTime.of(2026, 12, 4, 9, 59), tn);
		assertThat(cases.task(tn, "chaseReferral")).isNull();
		moveTo(LocalDateTime.of(2026, 12, 4, 10, 1), tn);
		assertThat(cases.task(tn, "chaseReferral").getAssignee()).isEqualTo("jfqgrid1");
		repair.chase(tn, "jfqgrid1");
		BpmnAwareTests.assertThat(track).isWaitingAt("reminderDue");

		moveTo(LocalDateTime.of(2026, 12, 8, 10, 2), tn);
		repair.chase(tn, "jfqgrid1");
		assertThat(currentLetter(tn).getReminders()).isEqualTo(2);
		assertThat(cases.task(tn, "superviseReferral")).isNull();

		// road repairs are due in 10 working days: Wednesday 16 December
		moveTo(LocalDateTime.of(2026, 12, 16, 10, 1), tn);
		Task supervise = cases.task(tn, "superviseReferral");
		assertThat(tasks.getIdentityLinksForTask(supervise.getId())).extracting(IdentityLink::getUserId)
			.containsExactly("jfqsup");
		assertThat(cases.task(tn, "chaseReferral")).isNotNull();
		cases.complete(tn, "superviseReferral", "jfqsup",
				Map.of("supervisionAction", "coordinated", "supervisionNote", "书记已与城建局分管领导通话，约定本周内修复"));
		BpmnAwareTests.assertThat(track).hasPassed("referralSupervised").isWaitingAt("chaseReferral");

		repair.answer(tn, "jfqgrid1", "acknowledged", null);
		assertThat(cases.task(tn, "chaseReferral")).isNull();
		BpmnAwareTests.assertThat(track).isWaitingAt("awaitCompletion");
		assertThat(kinds(tn)).containsSubsequence("REFERRAL_DELIVERED", "REFERRAL_CHASED", "REFERRAL_CHASED",
				"SUPERVISED", "REFERRAL_ACKNOWLEDGED");
	}

	@Test
	void volunteerRepairsAtTheWeekendInTwoVisits() {
		String tn = repair.file("jiefangqiao", "jfq-1", null);
		repair.assess(tn, "jfqgrid1", null, true, true);
		ProcessInstance track = repair.repairInstance(tn);

		BpmnAwareTests.assertThat(track).hasPassed("offerWeekendSlots").isWaitingAt("claimVisit");
		Task claim = cases.task(tn, "claimVisit");
		assertThat(tasks.getIdentityLinksForTask(claim.getId())).extracting(IdentityLink::getGroupId)
			.contains("volunteer");
		List<java.time.LocalDateTime> offered = latestVisit(tn).slots();
		assertThat(offered).extracting(java.time.LocalDateTime::toString)
			.containsExactly("2026-12-05T09:00", "2026-12-05T14:00", "2026-12-06T09:00", "2026-12-06T14:00",
					"2026-12-12T09:00", "2026-12-12T14:00", "2026-12-13T09:00", "2026-12-13T14:00");
		assertThat(tasks.getVariableLocal(claim.getId(), "slotChoices").toString()).contains("12月5日（周六）上午 09:00–12:00");

		assertThatThrownBy(() -> cases.complete(tn, "claimVisit", "volunteer1", Map.of("visitSlot", "2026-12-03T09:00")))
			.isInstanceOf(InvalidFormException.class);
		cases.complete(tn, "claimVisit", "volunteer1", Map.of("visitSlot", "2026-12-05T09:00"));
		assertThat(cases.task(tn, "visitResident").getAssignee()).isEqualTo("volunteer1");
		Map<String, Object> firstVisit = Map.of("workDone", "检查冰箱，压缩机启动器损坏", "partsUsed", "无", "minutesSpent", 90,
				"anotherVisit", "yes", "anotherVisitReason", "需要购买启动器");
		assertThatThrownBy(() -> cases.complete(tn, "visitResident", "volunteer1", firstVisit))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("还没到");

		setClock(LocalDateTime.of(2026, 12, 5, 11, 30));
		cases.complete(tn, "visitResident", "volunteer1", firstVisit);
		BpmnAwareTests.assertThat(track).isWaitingAt("claimVisit");
		assertThat(latestVisit(tn).slots().get(0)).hasToString("2026-12-06T09:00");

		cases.complete(tn, "claimVisit", "volunteer1", Map.of("visitSlot", "2026-12-12T14:00"));
		setClock(LocalDateTime.of(2026, 12, 12, 15, 0));
		cases.complete(tn, "visitResident", "volunteer1", Map.of("workDone", "更换压缩机启动器，冰箱制冷恢复", "partsUsed",
				"压缩机启动器1个", "minutesSpent", 45, "anotherVisit", "no"));
		BpmnAwareTests.assertThat(track).isWaitingAt("confirmWithResident");
		repair.confirm(tn, "jfqgrid1", true);

		BpmnAwareTests.assertThat(track).isEnded();
		assertThat(cases.kase(tn).getOutcomeSummary()).startsWith("党员志愿者服务队已修复");
		assertThat(visits.findByCaseIdOrderByVisitNumber(cases.kase(tn).getId()))
			.extracting(VolunteerVisit::getStatus, VolunteerVisit::getVolunteerId, VolunteerVisit::getMinutesSpent,
					VolunteerVisit::getPartsUsed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(VolunteerVisit.Status.VISITED, "volunteer1", 90, "无"),
					org.assertj.core.groups.Tuple.tuple(VolunteerVisit.Status.VISITED, "volunteer1", 45, "压缩机启动器1个"));
		cases.callback(tn, "jfqgrid1", "satisfied");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void aVisitReassignedToSomeoneOutsideTheVolunteerTeamCannotBeRecordedByThem() {
		String tn = repair.file("jiefangqiao", "jfq-1", null);
		repair.assess(tn, "jfqgrid1", null, true, true);
		cases.complete(tn, "claimVisit", "volunteer1", Map.of("visitSlot", "2026-12-05T14:00"));
		tasks.setAssignee(cases.task(tn, "visitResident").getId(), "jfqgrid1");
		setClock(LocalDateTime.of(2026, 12, 5, 16, 0));

		assertThatThrownBy(() -> cases.complete(tn, "visitResident", "jfqgrid1", Map.of("workDone", "修好了电饭煲",
				"partsUsed", "无", "minutesSpent", 30, "anotherVisit", "no")))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("志愿者服务队");
		assertThat(latestVisit(tn).getStatus()).isEqualTo(VolunteerVisit.Status.CLAIMED);
	}

	@Test
	void slotsNobodyClaimedAreOfferedAgain() {
		String tn = repair.file("jiefangqiao", "jfq-1", null);
		repair.assess(tn, "jfqgrid1", null, true, true);
		ProcessInstance track = repair.repairInstance(tn);

		moveTo(LocalDateTime.of(2026, 12, 13, 14, 1), tn);

		BpmnAwareTests.assertThat(track).hasPassed("claimLapsed").isWaitingAt("claimVisit");
		List<VolunteerVisit> offers = visits.findByCaseIdOrderByVisitNumber(cases.kase(tn).getId());
		assertThat(offers).extracting(VolunteerVisit::getStatus)
			.containsExactly(VolunteerVisit.Status.LAPSED, VolunteerVisit.Status.OFFERED);
		assertThat(offers.get(1).slots().get(0)).hasToString("2026-12-19T09:00");
	}

	@Test
	void residentSaysItIsNotFixedSoItGoesBackToTheResponsibleBody() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String tn = repair.file("jiefangqiao", "jfq-1", lights);
		repair.assess(tn, "jfqgrid1", lights, false, false);
		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "acknowledged", null);
		repair.answer(tn, "jfqgrid1", "completed", null);
		ProcessInstance track = repair.repairInstance(tn);

		repair.confirm(tn, "jfqgrid1", false);
		BpmnAwareTests.assertThat(track).hasPassed("fixedGateway").isWaitingAt("deliverReferral");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		Referral again = currentLetter(tn);
		assertThat(again.getLetterNumber()).isEqualTo(tn + "-Z2");
		assertThat(again.getBodyName()).isEqualTo(CITY_WORKS);

		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "completed", null);
		assertThat(currentLetter(tn).getAcknowledgedAt()).isNotNull();
		repair.confirm(tn, "jfqgrid1", true);

		BpmnAwareTests.assertThat(track).isEnded();
		assertThat(kinds(tn)).containsSubsequence("REFERRAL_COMPLETED", "NOT_FIXED", "REFERRAL_ISSUED",
				"REFERRAL_ACKNOWLEDGED", "REFERRAL_COMPLETED", "RESOLVED");
	}

	@Test
	void repeatedReportsAreLinkedResolvedTogetherAndEveryReporterIsCalledBack() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String address = RepairSteps.newAddress();
		String first = cases.file(RepairSteps.repair("jiefangqiao", "jfq-1", address, lights));
		repair.assess(first, "jfqgrid1", lights, false, false);

		String sameAsset = cases.file(RepairSteps.repair("jiefangqiao", "jfq-2", RepairSteps.newAddress(), lights));
		String sameAddress = cases.file(RepairSteps.repair("jiefangqiao", "jfq-1", address + "旁边", null));
		for (String repeat : List.of(sameAsset, sameAddress)) {
			Task assess = cases.task(repeat, "respondAndAssess");
			assertThat(tasks.getVariable(assess.getId(), "duplicateSuspected")).isEqualTo(true);
			assertThat(tasks.getVariableLocal(assess.getId(), "duplicateChoices").toString()).contains(first);
		}
		assertThat(kinds(sameAsset)).contains("DUPLICATE_FLAGGED");
		assertThat(queries.repair(sameAddress, supervisor()).duplicateFlags())
			.containsExactly(new RepairViews.Flag(first, "ADDRESS"));

		repair.link(sameAsset, "jfqgrid2", first);
		repair.link(sameAddress, "jfqgrid1", first);
		BpmnAwareTests.assertThat(repair.repairInstance(sameAsset)).isWaitingAt("awaitLeadCase");
		assertThat(cases.kase(sameAsset).getRespondedBy()).isEqualTo("jfqgrid2");
		assertThat(queries.repair(first, supervisor()).linkedCases()).containsExactly(sameAsset, sameAddress);

		repair.deliver(first, "jfqgrid1");
		repair.answer(first, "jfqgrid1", "completed", null);
		repair.confirm(first, "jfqgrid1", true);

		for (String tn : List.of(first, sameAsset, sameAddress)) {
			assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.RESOLVED);
			BpmnAwareTests.assertThat(cases.intakeInstance(tn)).isWaitingAt("callbackResident");
		}
		assertThat(cases.kase(sameAsset).getOutcomeSummary()).startsWith("与 " + first + " 并案办理");
		BpmnAwareTests.assertThat(repair.repairInstance(sameAsset)).isNull();
		for (String tn : List.of(first, sameAsset, sameAddress)) {
			cases.callback(tn, "jfqgrid1", "satisfied");
			assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);
		}
	}

	@Test
	void aSuspectedRepeatThatIsAnotherProblemIsHandledOnItsOwn() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String first = repair.file("jiefangqiao", "jfq-1", lights);
		String other = repair.file("jiefangqiao", "jfq-1", null);
		String second = repair.file("jiefangqiao", "jfq-1", lights);

		assertThatThrownBy(() -> repair.link(second, "jfqgrid1", other)).isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("不在本诉求的疑似重复报修之列");
		Map<String, Object> separate = new java.util.HashMap<>(Map.of("contactMethod", "phone", "contactNote",
				"居民说是另一盏灯", "duplicateDecision", "separate", "assetId", lights.getId().toString(), "insideHome", "no",
				"vulnerable", "no", "repairNeed", "另一根灯杆歪斜"));
		cases.complete(second, "respondAndAssess", "jfqgrid1", separate);

		BpmnAwareTests.assertThat(repair.repairInstance(second)).hasPassed("decideResponsibility").isWaitingAt("deliverReferral");
		assertThat(repairCases.findByCaseId(cases.kase(second).getId()).orElseThrow().isLinked()).isFalse();
		BpmnAwareTests.assertThat(repair.repairInstance(first)).isWaitingAt("respondAndAssess");
	}

	@Test
	void aSimilarAddressReportedMoreThanFourteenDaysAgoIsNotARepeat() {
		setClock(WEDNESDAY_MORNING.minusDays(15));
		String address = RepairSteps.newAddress();
		cases.file(RepairSteps.repair("jiefangqiao", "jfq-1", address, null));
		setClock(WEDNESDAY_MORNING);
		String tn = cases.file(RepairSteps.repair("jiefangqiao", "jfq-1", address, null));

		assertThat(tasks.getVariable(cases.task(tn, "respondAndAssess").getId(), "duplicateSuspected")).isEqualTo(false);
	}

	@Test
	void anUrgentRepairGoesToTheCadreOnCall() {
		String tn = cases.file(new org.shequ.intake.NewCaseRequest("jiefangqiao", "jfq-2", "repair", true, "phone",
				"电线垂落到人行道", "大风后电线垂落，有触电危险", "测试居民", "13900003333", RepairSteps.newAddress()));

		assertThat(cases.kase(tn).getDispatch()).isEqualTo("oncall");
		assertThat(cases.task(tn, "respondAndAssess").getAssignee()).isEqualTo("jfqgrid1");
	}

	@Test
	void anAssetOfAnotherCommunityIsRefusedAndChangesNothing() {
		Asset elsewhere = repair.asset("hongheba", AssetType.ROAD, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String tn = repair.file("jiefangqiao", "jfq-1", null);

		assertThatThrownBy(() -> repair.assess(tn, "jfqgrid1", elsewhere, false, false))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining("产权登记表");
		assertThat(cases.kase(tn).getRespondedAt()).isNull();
		assertThat(cases.task(tn, "respondAndAssess")).isNotNull();
	}

	@Test
	void anAnswerTheTrackIsNotWaitingForIsRefused() {
		Asset lights = repair.asset("jiefangqiao", AssetType.STREET_LIGHTS, OwnerKind.MUNICIPAL, CITY_WORKS, null);
		String tn = repair.file("jiefangqiao", "jfq-1", lights);
		repair.assess(tn, "jfqgrid1", lights, false, false);

		assertThatThrownBy(() -> repair.answer(tn, "jfqgrid1", "acknowledged", null))
			.isInstanceOf(ConflictException.class);
		repair.deliver(tn, "jfqgrid1");
		repair.answer(tn, "jfqgrid1", "acknowledged", null);
		assertThatThrownBy(() -> repair.answer(tn, "jfqgrid1", "acknowledged", null))
			.isInstanceOf(ConflictException.class);
		BpmnAwareTests.assertThat(repair.repairInstance(tn)).isWaitingAt("awaitCompletion");
	}

	private void moveTo(LocalDateTime beijingTime, String trackingNumber) {
		setClock(beijingTime);
		cases.runDueJobs(trackingNumber);
	}

	private Referral currentLetter(String trackingNumber) {
		return referrals.findFirstByCaseIdOrderBySeqNoDesc(cases.kase(trackingNumber).getId()).orElseThrow();
	}

	private VolunteerVisit latestVisit(String trackingNumber) {
		return visits.findFirstByCaseIdOrderByVisitNumberDesc(cases.kase(trackingNumber).getId()).orElseThrow();
	}

	private List<String> kinds(String trackingNumber) {
		return logs.findByCaseIdOrderByIdAsc(cases.kase(trackingNumber).getId()).stream().map(CaseLog::getKind).toList();
	}

	private List<String> details(String trackingNumber) {
		return logs.findByCaseIdOrderByIdAsc(cases.kase(trackingNumber).getId()).stream().map(CaseLog::getDetail).toList();
	}

	private static org.shequ.security.CurrentUser supervisor() {
		return new org.shequ.security.CurrentUser("jfqsup", java.util.Set.of("supervisor", "jiefangqiao"),
				java.util.Set.of("jiefangqiao"));
	}

}
