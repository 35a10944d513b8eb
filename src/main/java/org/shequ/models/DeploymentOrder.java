package org.shequ.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.w3c.dom.Element;

/**
 * The order in which the startup deployments go through the gate: whatever a deployment refers to
 * first. A process after the decisions it evaluates and the processes it calls; a decision table that
 * names the processes a call activity starts (case-triage's {@code track}) after those processes.
 * Unreadable files and cycles keep their place; the gate then says what is wrong.
 */
public final class DeploymentOrder {

	private DeploymentOrder() {
	}

	public static <T> List<T> dependenciesFirst(List<T> deployments, Function<T, List<ModelFile>> filesOf) {
		List<List<ProcessModel>> processes = new ArrayList<>();
		List<List<DecisionModel>> decisions = new ArrayList<>();
		Map<String, DecisionModel> decisionsByKey = new HashMap<>();
		Map<String, Integer> providedBy = new HashMap<>();
		for (int i = 0; i < deployments.size(); i++) {
			List<ProcessModel> ps = new ArrayList<>();
			List<DecisionModel> ds = new ArrayList<>();
			for (ModelFile file : filesOf.apply(deployments.get(i))) {
				switch (file.kind()) {
					case BPMN -> BpmnDocument.parse(file, new ArrayList<>()).ifPresent(d -> ps.addAll(d.processes));
					case DMN -> DmnDocument.parse(file, new ArrayList<>()).ifPresent(d -> ds.addAll(d.decisions));
					default -> {
					}
				}
			}
			for (ProcessModel p : ps) {
				providedBy.putIfAbsent(p.key, i);
			}
			for (DecisionModel d : ds) {
				providedBy.putIfAbsent(d.key, i);
				decisionsByKey.putIfAbsent(d.key, d);
			}
			processes.add(ps);
			decisions.add(ds);
		}

		List<Set<String>> needs = new ArrayList<>();
		Map<String, Set<String>> calledThroughDecision = new HashMap<>();
		for (List<ProcessModel> ps : processes) {
			Set<String> need = new LinkedHashSet<>();
			for (ProcessModel p : ps) {
				need.addAll(references(p, decisionsByKey, calledThroughDecision));
			}
			needs.add(need);
		}
		for (int i = 0; i < deployments.size(); i++) {
			for (DecisionModel d : decisions.get(i)) {
				needs.get(i).addAll(calledThroughDecision.getOrDefault(d.key, Set.of()));
			}
		}

		List<T> ordered = new ArrayList<>();
		Set<Integer> done = new HashSet<>();
		while (done.size() < deployments.size()) {
			int next = -1;
			for (int i = 0; i < deployments.size() && next < 0; i++) {
				if (!done.contains(i) && ready(i, needs.get(i), providedBy, done)) {
					next = i;
				}
			}
			if (next < 0) {
				for (int i = 0; next < 0; i++) {
					next = done.contains(i) ? -1 : i;
				}
			}
			done.add(next);
			ordered.add(deployments.get(next));
		}
		return ordered;
	}

	private static boolean ready(int index, Set<String> need, Map<String, Integer> providedBy, Set<Integer> done) {
		for (String key : need) {
			Integer provider = providedBy.get(key);
			if (provider != null && provider != index && !done.contains(provider)) {
				return false;
			}
		}
		return true;
	}

	/** Keys a process refers to; records which process keys a decision's outputs name for its call activities. */
	private static Set<String> references(ProcessModel process, Map<String, DecisionModel> decisions,
			Map<String, Set<String>> calledThroughDecision) {
		Set<String> refs = new LinkedHashSet<>();
		List<DecisionModel> evaluated = new ArrayList<>();
		for (Element task : process.all("businessRuleTask")) {
			String ref = Dom.camunda(task, "decisionRef");
			if (ref != null && !ProcessModel.isExpression(ref)) {
				refs.add(ref);
				Optional.ofNullable(decisions.get(ref)).ifPresent(evaluated::add);
			}
		}
		for (Element call : process.all("callActivity")) {
			String called = Dom.attribute(call, "calledElement");
			if (called == null) {
				continue;
			}
			Optional<String> variable = ProcessModel.nameOnly(called);
			if (variable.isEmpty()) {
				if (!ProcessModel.isExpression(called)) {
					refs.add(called);
				}
				continue;
			}
			for (DecisionModel decision : evaluated) {
				if (decision.hasOutput(variable.get())) {
					for (DecisionModel.RuleModel rule : decision.rules) {
						rule.text(variable.get()).ifPresent(key -> {
							refs.add(key);
							calledThroughDecision.computeIfAbsent(decision.key, k -> new LinkedHashSet<>()).add(key);
						});
					}
				}
			}
		}
		return refs;
	}

}
