package org.shequ.relief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/**
 * 评估救助资格: evaluates relief-eligibility.dmn with the application's figures and keeps the result
 * with the decision version that gave it. The figures go to the decision as its input, never into
 * process variables; the process gets only the branches to take. What is pursued is what was both
 * asked for and granted by the table.
 */
@Component("evaluateEligibility")
class EvaluateEligibility implements JavaDelegate {

	static final String DECISION = "relief-eligibility";

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final DecisionService decisions;

	private final RepositoryService repository;

	private final Privileged privileged;

	private final ReliefProperties properties;

	EvaluateEligibility(ReliefRecords relief, CaseRecords records, DecisionService decisions,
			RepositoryService repository, Privileged privileged, ReliefProperties properties) {
		this.relief = relief;
		this.records = records;
		this.decisions = decisions;
		this.repository = repository;
		this.privileged = privileged;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReliefApplication application = relief.of(execution);
		Case kase = records.of(execution);
		DecisionDefinition table = privileged.call(() -> repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION)
			.latestVersion()
			.singleResult());
		if (table == null) {
			throw new IllegalStateException(DECISION + ".dmn is not deployed");
		}
		DmnDecisionResult result = privileged
			.call(() -> decisions.evaluateDecisionById(table.getId()).variables(inputs(application, kase)).evaluate());

		Map<Programme, List<String>> granted = new LinkedHashMap<>();
		for (Map<String, Object> row : result.getResultList()) {
			Object code = row.get("programme");
			Programme programme = Programme.of(code == null ? "" : code.toString())
				.orElseThrow(() -> new IllegalStateException(DECISION + " gave an unknown programme '" + code
						+ "': use dibao, temporary, emergency, womensfed, redcross or civilaffairs"));
			granted.computeIfAbsent(programme, p -> new ArrayList<>()).add(String.valueOf(row.get("basis")));
		}
		Set<Programme> eligible = granted.isEmpty() ? EnumSet.noneOf(Programme.class) : EnumSet.copyOf(granted.keySet());
		Set<Programme> pursued = EnumSet.copyOf(application.getProgrammesAsked());
		pursued.retainAll(eligible);
		List<String> basis = new ArrayList<>();
		granted.forEach((programme, reasons) -> basis.add(programme.label() + "：" + String.join("；", reasons)));
		application.recordEligibility(eligible, String.join("\n", basis), table.getId(), pursued);
		records.log(kase, "ELIGIBILITY", CaseRecords.SYSTEM, "救助资格评估（" + DECISION + " 第" + table.getVersion()
				+ "版）：申请 " + Programme.labels(application.getProgrammesAsked()) + "；符合 " + Programme.labels(eligible)
				+ "；办理 " + Programme.labels(pursued));

		List<String> partners = pursued.stream().filter(Programme::isReferral).map(Programme::code).toList();
		execution.setVariable("anyProgramme", !pursued.isEmpty());
		execution.setVariable("emergency", pursued.contains(Programme.EMERGENCY));
		execution.setVariable("dibao", pursued.contains(Programme.DIBAO));
		execution.setVariable("temporary", pursued.contains(Programme.TEMPORARY));
		execution.setVariable("referrals", !partners.isEmpty());
		execution.setVariable("partners", new ArrayList<>(partners));
		Instant firstPaymentDueBy = kase.getReceivedAt().plus(properties.firstPaymentWithin());
		execution.setVariable("firstPaymentDueBy", Date.from(firstPaymentDueBy));
		if (!pursued.isEmpty()) {
			application.startProcedure();
		}
	}

	/** The variables relief-eligibility.dmn reads. */
	static Map<String, Object> inputs(ReliefApplication application, Case kase) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("perHeadIncome", application.getPerHeadIncome().doubleValue());
		inputs.put("localLine", application.getLocalLine().doubleValue());
		inputs.put("savings", application.getSavings().doubleValue());
		inputs.put("householdSize", application.getHouseholdSize());
		inputs.put("housing", application.getHousing().code());
		inputs.put("vehicle", application.hasVehicle());
		inputs.put("seriousIllness", application.isSeriousIllness());
		inputs.put("disability", application.isDisability());
		inputs.put("elderlyAlone", application.isElderlyAlone());
		inputs.put("lossOfWork", application.isLossOfWork());
		inputs.put("accident", application.isAccident());
		inputs.put("urgent", kase.isUrgent());
		inputs.put("hasMinor", application.hasMinor());
		return inputs;
	}

}
