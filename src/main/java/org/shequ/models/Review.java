package org.shequ.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * One check of one deployment: its files, parsed; what is deployed already; the beans; and what the
 * rules found. Decisions, processes and forms of the deployment itself come before deployed ones.
 */
final class Review {

	final List<BpmnDocument> bpmn = new ArrayList<>();

	final List<DmnDocument> dmn = new ArrayList<>();

	final List<FormDocument> forms = new ArrayList<>();

	final List<ModelFile> others = new ArrayList<>();

	final Surroundings around;

	final BeanCatalog beans;

	private final List<ModelProblem> problems = new ArrayList<>();

	private final Set<String> formsToAttach = new LinkedHashSet<>();

	private final Map<String, Optional<DecisionModel>> deployedDecisions = new HashMap<>();

	Review(Collection<ModelFile> files, Surroundings around, BeanCatalog beans) {
		this.around = around;
		this.beans = beans;
		for (ModelFile file : files) {
			switch (file.kind()) {
				case BPMN -> BpmnDocument.parse(file, problems).ifPresent(bpmn::add);
				case DMN -> DmnDocument.parse(file, problems).ifPresent(dmn::add);
				case FORM -> FormDocument.parse(file, problems).ifPresent(forms::add);
				case OTHER -> others.add(file);
			}
		}
	}

	List<ProcessModel> processes() {
		return bpmn.stream().flatMap(d -> d.processes.stream()).toList();
	}

	List<DecisionModel> decisions() {
		return dmn.stream().flatMap(d -> d.decisions.stream()).toList();
	}

	boolean processKnown(String key) {
		return coDeployedProcess(key) || around.processDeployed(key);
	}

	boolean coDeployedProcess(String key) {
		return processes().stream().anyMatch(p -> key.equals(p.key));
	}

	Optional<DecisionModel> coDeployedDecision(String key) {
		return decisions().stream().filter(d -> key.equals(d.key)).findFirst();
	}

	/** The decision a process in this deployment would evaluate: the one deployed with it, else the latest. */
	Optional<DecisionModel> decision(String key) {
		Optional<DecisionModel> own = coDeployedDecision(key);
		return own.isPresent() ? own : deployedDecision(key);
	}

	private Optional<DecisionModel> deployedDecision(String key) {
		return deployedDecisions.computeIfAbsent(key, k -> around.deployedDecision(k)
			.flatMap(file -> DmnDocument.parse(file, new ArrayList<>()))
			.flatMap(doc -> doc.decisions.stream().filter(d -> k.equals(d.key)).findFirst()));
	}

	boolean isCoDeployed(DecisionModel decision) {
		return dmn.stream().anyMatch(d -> d.file.equals(decision.file));
	}

	Optional<FormDocument> coDeployedForm(String id) {
		return forms.stream().filter(f -> id.equals(f.id)).findFirst();
	}

	void problem(ModelFile file, Element element, String message) {
		problem(file, element == null ? null : Dom.label(element), message);
	}

	void problem(ModelFile file, String element, String message) {
		problems.add(new ModelProblem(file.name(), element, message));
	}

	void attachForm(String id) {
		formsToAttach.add(id);
	}

	Verdict verdict() {
		return new Verdict(problems, problems.isEmpty() ? List.copyOf(formsToAttach) : List.of());
	}

}
