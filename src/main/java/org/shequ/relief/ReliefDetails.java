package org.shequ.relief;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * Shows the household's facts read-only in the forms of those who decide on them: a task-local
 * variable {@code reliefDetails}, gone with the task and masked in history ({@link ReliefHistoryPrivacy}).
 * Only the task's candidates (the case's community, the street office, civil affairs) and its
 * community's secretaries can open the task.
 */
@Component("showReliefDetails")
class ReliefDetails implements TaskListener {

	static final String VARIABLE = "reliefDetails";

	private static final Map<String, String> RELATIONSHIPS = Map.of("self", "本人", "spouse", "配偶", "child", "子女",
			"parent", "父母", "sibling", "兄弟姐妹", "grandchild", "孙子女", "other", "其他共同生活成员");

	private final ReliefRecords relief;

	private final HouseholdSurveyRepository surveys;

	private final ObjectionRepository objections;

	private final ReliefDecisionRepository decisions;

	private final ShequClock clock;

	ReliefDetails(ReliefRecords relief, HouseholdSurveyRepository surveys, ObjectionRepository objections,
			ReliefDecisionRepository decisions, ShequClock clock) {
		this.relief = relief;
		this.surveys = surveys;
		this.objections = objections;
		this.decisions = decisions;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariableLocal(VARIABLE, describe(relief.of(task)));
	}

	String describe(ReliefApplication a) {
		StringBuilder s = new StringBuilder();
		s.append("受理：").append(clock.display(a.getRegisteredAt())).append("（").append(a.getRegisteredBy()).append("）\n");
		s.append("家庭成员（").append(a.getHouseholdSize()).append("人）：\n");
		for (HouseholdMember m : a.getMembers()) {
			s.append("  ").append(m.getSeqNo()).append(". ").append(m.getName()).append("（")
				.append(RELATIONSHIPS.getOrDefault(m.getRelationship(), m.getRelationship())).append("，")
				.append(m.getAge()).append("岁）月收入 ").append(m.getMonthlyIncome().toPlainString()).append(" 元\n");
		}
		s.append("家庭月收入 ").append(a.getTotalIncome().toPlainString()).append(" 元，人均 ")
			.append(a.getPerHeadIncome().toPlainString()).append(" 元；当地低保标准 ").append(a.getLocalLine().toPlainString())
			.append(" 元/人·月\n");
		s.append("住房：").append(a.getHousing().label()).append("；非营运机动车：").append(a.hasVehicle() ? "有" : "无")
			.append("；存款 ").append(a.getSavings().toPlainString()).append(" 元\n");
		Set<Hardship> hardship = a.getHardship();
		s.append("困难情形：").append(hardship.isEmpty() ? "无"
				: String.join("、", hardship.stream().map(Hardship::label).toList())).append("\n");
		s.append("困难情况说明：").append(a.getHardshipNote()).append("\n");
		s.append("申请：").append(Programme.labels(a.getProgrammesAsked())).append("；评估符合：")
			.append(Programme.labels(a.getEligibleProgrammes())).append("；办理：").append(Programme.labels(a.getPursuedProgrammes()))
			.append("\n");
		s.append("材料：已收 ").append(Document.labels(a.documentsIn())).append("；缺 ")
			.append(Document.labels(a.missingDocuments())).append("\n");
		for (HouseholdSurvey survey : surveys.findByApplicationIdOrderByIdAsc(a.getId())) {
			s.append("第").append(survey.getRound()).append("次入户调查（").append(clock.display(survey.getSurveyedAt()))
				.append("，").append(survey.isConfirms() ? "与申报一致" : "与申报不一致").append("）：").append(survey.getFindings())
				.append("\n");
		}
		List<Objection> lodged = objections.findByApplicationIdOrderByIdAsc(a.getId());
		for (Objection objection : lodged) {
			s.append("第").append(objection.getNoticeRound()).append("轮公示异议（").append(clock.display(objection.getLodgedAt()))
				.append("）：").append(objection.getContent()).append("\n");
		}
		for (ReliefDecision decision : decisions.findByApplicationIdOrderByIdAsc(a.getId())) {
			s.append(decision.getKind().label()).append("：").append(decision.isApproved() ? "同意" : "不同意");
			if (decision.getAmount() != null) {
				s.append(" ").append(decision.getAmount().toPlainString()).append(" 元");
			}
			if (decision.getFirstMonth() != null) {
				s.append("，自 ").append(decision.getFirstMonth()).append(" 起");
			}
			s.append("（").append(decision.getDecidedBy()).append("）：").append(decision.getReasons()).append("\n");
		}
		if (a.getDibaoDueBy() != null) {
			s.append("低保办理时限：").append(clock.display(a.getDibaoDueBy()));
			if (a.isDibaoExtended()) {
				s.append("（已延长，理由：").append(a.getExtensionReason()).append("）");
			}
			s.append("\n");
		}
		return s.toString().strip();
	}

}
