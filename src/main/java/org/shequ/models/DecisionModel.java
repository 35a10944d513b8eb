package org.shequ.models;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Variable;

/** A decision as the processes that evaluate it see it: its outputs and what each rule gives. */
final class DecisionModel {

	private static final Set<HitPolicy> ONE_RULE = EnumSet.of(HitPolicy.UNIQUE, HitPolicy.FIRST, HitPolicy.PRIORITY,
			HitPolicy.ANY);

	private static final Pattern TEXT = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"$");

	final ModelFile file;

	final String key;

	final String name;

	final Decision decision;

	/** Null for a literal-expression decision. */
	final DecisionTable table;

	final List<String> outputs;

	final List<RuleModel> rules;

	private DecisionModel(ModelFile file, Decision decision, DecisionTable table, List<String> outputs,
			List<RuleModel> rules) {
		this.file = file;
		this.key = decision.getId();
		this.name = decision.getName();
		this.decision = decision;
		this.table = table;
		this.outputs = List.copyOf(outputs);
		this.rules = List.copyOf(rules);
	}

	static DecisionModel of(ModelFile file, Decision decision) {
		if (decision.getExpression() instanceof DecisionTable table) {
			List<String> outputs = new ArrayList<>();
			List<Output> columns = new ArrayList<>(table.getOutputs());
			for (Output output : columns) {
				outputs.add(output.getName() == null ? "" : output.getName());
			}
			List<RuleModel> rules = new ArrayList<>();
			int index = 0;
			for (Rule rule : table.getRules()) {
				index++;
				Map<String, String> given = new LinkedHashMap<>();
				List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
				for (int i = 0; i < Math.min(entries.size(), outputs.size()); i++) {
					OutputEntry entry = entries.get(i);
					String text = entry.getText() == null ? null : entry.getText().getTextContent();
					given.put(outputs.get(i), text == null || text.isBlank() ? null : text.trim());
				}
				rules.add(new RuleModel(rule.getId() == null ? "rule " + index : rule.getId(), index, given));
			}
			return new DecisionModel(file, decision, table, outputs, rules);
		}
		List<String> outputs = new ArrayList<>();
		if (decision.getExpression() instanceof LiteralExpression) {
			Variable variable = decision.getVariable();
			if (variable != null && variable.getName() != null) {
				outputs.add(variable.getName());
			}
		}
		return new DecisionModel(file, decision, null, outputs, List.of());
	}

	boolean hasOutput(String name) {
		return outputs.contains(name);
	}

	/** Whether at most one rule can apply, as {@code singleResult} and {@code singleEntry} need. */
	boolean givesOneResult() {
		if (table == null) {
			return true;
		}
		HitPolicy policy = table.getHitPolicy();
		return policy == null || ONE_RULE.contains(policy)
				|| (policy == HitPolicy.COLLECT && table.getAggregation() != null);
	}

	String hitPolicyName() {
		return table == null || table.getHitPolicy() == null ? "UNIQUE" : table.getHitPolicy().name();
	}

	String describe() {
		return name == null ? key : key + " (" + name + ")";
	}

	/** One rule (row) of the table and the text of each output entry; null where the entry is empty. */
	record RuleModel(String id, int index, Map<String, String> outputs) {

		/** The value of a FEEL text literal such as {@code "general-handling"}, if the entry is one. */
		Optional<String> text(String output) {
			String entry = outputs.get(output);
			if (entry == null) {
				return Optional.empty();
			}
			Matcher m = TEXT.matcher(entry);
			return m.matches() ? Optional.of(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\")) : Optional.empty();
		}

		boolean gives(String output) {
			return outputs.get(output) != null;
		}

		String label() {
			return "rule " + index + " (" + id + ")";
		}

	}

}
