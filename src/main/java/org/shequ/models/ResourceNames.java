package org.shequ.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What may be deployed and under which name: only BPMN, DMN and form files; a process file is named
 * after its process id and a decision file after its decision id, so a slip in an id cannot quietly
 * deploy a new process that nothing calls while the old one keeps running.
 */
final class ResourceNames implements ModelRule {

	@Override
	public void check(Review review) {
		for (ModelFile other : review.others) {
			review.problem(other, (String) null,
					"only BPMN (.bpmn), DMN (.dmn) and Camunda Form (.form) files may be deployed");
		}
		Map<String, ModelFile> processKeys = new HashMap<>();
		for (BpmnDocument doc : review.bpmn) {
			if (doc.processes.isEmpty()) {
				review.problem(doc.file, (String) null, "contains no executable process (isExecutable=\"true\")");
				continue;
			}
			List<String> keys = doc.processes.stream().map(p -> p.key).toList();
			if (!keys.contains(doc.file.baseName())) {
				review.problem(doc.file, doc.processes.get(0).element, "the file is named '" + doc.file.baseName()
						+ "' but its process id is '" + String.join("', '", keys) + "': name the file after the process id"
						+ " (a process deployed under a new id is a new process that nothing calls)");
			}
			for (ProcessModel process : doc.processes) {
				ModelFile earlier = processKeys.putIfAbsent(process.key, doc.file);
				if (earlier != null) {
					review.problem(doc.file, process.element, "process id '" + process.key + "' is defined in "
							+ earlier.name() + " too");
				}
			}
		}
		Map<String, ModelFile> decisionKeys = new HashMap<>();
		for (DmnDocument doc : review.dmn) {
			if (doc.decisions.isEmpty()) {
				review.problem(doc.file, (String) null, "contains no decision");
				continue;
			}
			List<String> keys = doc.decisions.stream().map(d -> d.key).toList();
			if (!keys.contains(doc.file.baseName())) {
				review.problem(doc.file, (String) null, "the file is named '" + doc.file.baseName()
						+ "' but its decision id is '" + String.join("', '", keys)
						+ "': name the file after the decision id");
			}
			for (DecisionModel decision : doc.decisions) {
				ModelFile earlier = decisionKeys.putIfAbsent(decision.key, doc.file);
				if (earlier != null) {
					review.problem(doc.file, decision.describe(), "decision id '" + decision.key + "' is defined in "
							+ earlier.name() + " too");
				}
			}
		}
	}

}
