package org.shequ.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.asset.Asset;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Stores the decision of {@code repair-responsibility.dmn} (variable {@code responsibility}) with the
 * bodies it resolves to, and keeps in the process only {@code route}: {@code external},
 * {@code volunteer} or {@code community}.
 */
@Component("applyResponsibility")
class ApplyResponsibility implements JavaDelegate {

	static final String RESPONSIBILITY = "responsibility";

	static final String ROUTE = "route";

	private final CaseRecords records;

	private final RepairCases repairs;

	private final ResponsibleBodies bodies;

	ApplyResponsibility(CaseRecords records, RepairCases repairs, ResponsibleBodies bodies) {
		this.records = records;
		this.repairs = repairs;
		this.bodies = bodies;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void execute(DelegateExecution execution) {
		Map<String, Object> decision = (Map<String, Object>) execution.getVariable(RESPONSIBILITY);
		if (decision == null) {
			throw new IllegalStateException("repair-responsibility gave no result for this case");
		}
		String responsible = text(decision, "responsibleParty", true);
		String next = text(decision, "nextParty", false);
		String limit = text(decision, "timeLimit", true);
		if (!Deadlines.isValid(limit)) {
			throw new IllegalStateException("repair-responsibility gave '" + limit
					+ "' as time limit: write an ISO duration such as P7D, or working days such as 5WD");
		}
		boolean volunteerTeam = Boolean.TRUE.equals(decision.get("volunteerTeam"));
		Case kase = records.of(execution);
		Asset asset = repairs.assetOf(kase).orElse(null);
		List<String> parties = new ArrayList<>();
		parties.add(responsible);
		parties.add(next);
		List<String> chain = bodies.chain(parties, asset);
		Route route = volunteerTeam ? Route.VOLUNTEER : chain.isEmpty() ? Route.COMMUNITY : Route.EXTERNAL;
		RepairCase repair = repairs.of(kase);
		repair.decide(responsible, next, limit, volunteerTeam, chain, route);
		records.log(kase, "RESPONSIBILITY", CaseRecords.SYSTEM, describe(route, chain, asset) + "；时限 " + limit);

		execution.setVariable(ROUTE, route.code());
		for (String input : List.of(RESPONSIBILITY, "assetType", "ownerKind", "insideHome", "vulnerable")) {
			execution.removeVariable(input);
		}
	}

	private String describe(Route route, List<String> chain, Asset asset) {
		if (route == Route.VOLUNTEER) {
			return "由党员志愿者服务队周末上门维修";
		}
		if (route == Route.COMMUNITY) {
			return "没有可转介的责任单位，由社区自行维修";
		}
		List<String> names = chain.stream().map(p -> bodies.resolve(p, asset).orElseThrow().name()).toList();
		return "责任单位：" + names.get(0)
				+ (names.size() > 1 ? "；推诿则转 " + String.join("、", names.subList(1, names.size())) : "")
				+ "；都推诿由社区自行维修";
	}

	private static String text(Map<String, Object> decision, String output, boolean required) {
		Object value = decision.get(output);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				throw new IllegalStateException("repair-responsibility gave no '" + output + "' for this case");
			}
			return null;
		}
		return value.toString();
	}

}
