package org.shequ.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.TaskQuery;
import org.shequ.intake.CaseTaskDecorator;

/**
 * One list in a caseworker's Tasklist: a stored task filter, the groups that may read it, and how
 * Tasklist shows it (the {@code properties} Tasklist reads: position, colour, description and the
 * case facts shown on every task of the list).
 */
record TaskList(String name, int priority, String color, String description, TaskQuery query, List<String> readers) {

	/** Task variables shown under each task, as variable name → label. */
	static final Map<String, String> CASE_FACTS = facts();

	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("description", description);
		properties.put("refresh", false);
		properties.put("variables", CASE_FACTS.entrySet()
			.stream()
			.map(fact -> Map.of("name", fact.getKey(), "label", fact.getValue()))
			.toList());
		return properties;
	}

	private static Map<String, String> facts() {
		Map<String, String> facts = new LinkedHashMap<>();
		// Tasklist shows the first two under each task, the rest on demand; the name already has the number
		facts.put(CaseTaskDecorator.CATEGORY, "类别");
		facts.put(CaseTaskDecorator.DEADLINE, "时限");
		facts.put(CaseTaskDecorator.TRACKING_NUMBER, "诉求编号");
		return facts;
	}

}
