package org.shequ.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;

/**
 * Decision tables parse with the engine's own DMN engine, every FEEL cell is valid FEEL, and a cell
 * compared with a text input is a text: {@code dispute} without quotes is read as a variable name and
 * matches nothing the way the supervisor meant.
 */
final class DecisionTables implements ModelRule {

	private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

	private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not");

	private final DmnEngine engine;

	private final FeelEngine feel;

	DecisionTables(DmnEngine engine, FeelEngine feel) {
		this.engine = engine;
		this.feel = feel;
	}

	@Override
	public void check(Review review) {
		for (DmnDocument doc : review.dmn) {
			try {
				engine.parseDecisionRequirementsGraph(new ByteArrayInputStream(doc.file.content()));
			}
			catch (RuntimeException e) {
				review.problem(doc.file, (String) null, "the decision engine cannot read it: " + BpmnDocument.rootMessage(e));
				continue;
			}
			String defaultLanguage = doc.model.getDefinitions().getExpressionLanguage();
			for (DecisionModel decision : doc.decisions) {
				if (decision.table != null) {
					checkCells(review, decision, defaultLanguage);
				}
			}
		}
	}

	private void checkCells(Review review, DecisionModel decision, String defaultLanguage) {
		List<Input> inputs = new ArrayList<>(decision.table.getInputs());
		Set<String> names = new HashSet<>(Set.of("cellInput"));
		for (Input input : inputs) {
			if (input.getCamundaInputVariable() != null) {
				names.add(input.getCamundaInputVariable());
			}
			InputExpression expression = input.getInputExpression();
			String text = text(expression);
			if (text != null) {
				names.add(text);
				if (isFeel(expression.getExpressionLanguage(), defaultLanguage)) {
					syntaxError(text, false).ifPresent(error -> review.problem(decision.file,
							decision.key + " › input " + label(input), "the input expression " + text
									+ " is not valid FEEL: " + error));
				}
			}
		}
		int index = 0;
		for (Rule rule : decision.table.getRules()) {
			index++;
			String where = decision.key + " › rule " + index + " (" + rule.getId() + ")";
			List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
			for (int i = 0; i < Math.min(entries.size(), inputs.size()); i++) {
				checkInputEntry(review, decision, where, inputs.get(i), entries.get(i), names, defaultLanguage);
			}
			for (OutputEntry entry : rule.getOutputEntries()) {
				String text = text(entry);
				if (text != null && isFeel(entry.getExpressionLanguage(), defaultLanguage)) {
					syntaxError(text, false).ifPresent(error -> review.problem(decision.file, where, "the output "
							+ text + " is not valid FEEL: " + error));
				}
			}
		}
	}

	private void checkInputEntry(Review review, DecisionModel decision, String where, Input input, InputEntry entry,
			Set<String> names, String defaultLanguage) {
		String text = text(entry);
		if (text == null || text.equals("-") || !isFeel(entry.getExpressionLanguage(), defaultLanguage)) {
			return;
		}
		Optional<String> error = syntaxError(text, true);
		if (error.isPresent()) {
			review.problem(decision.file, where, "the condition " + text + " on " + label(input)
					+ " is not valid FEEL: " + error.get());
			return;
		}
		String type = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
		if ("string".equalsIgnoreCase(type) && NAME.matcher(text).matches() && !FEEL_WORDS.contains(text)
				&& !names.contains(text)) {
			review.problem(decision.file, where, "the condition " + text + " on " + label(input)
					+ " is read as the name of a variable; to compare with a text write \"" + text + "\" in quotes");
		}
	}

	/** The parse error of a FEEL cell, if any; evaluation errors (no variables here) do not count. */
	private Optional<String> syntaxError(String expression, boolean unaryTests) {
		VariableContext context = Variables.createVariables().putValue("cellInput", null).asVariableContext();
		try {
			if (unaryTests) {
				feel.evaluateSimpleUnaryTests(expression, "cellInput", context);
			}
			else {
				feel.evaluateSimpleExpression(expression, context);
			}
			return Optional.empty();
		}
		catch (RuntimeException e) {
			String message = String.valueOf(e.getMessage());
			int parse = message.indexOf("failed to parse expression");
			return parse < 0 ? Optional.empty() : Optional.of(message.substring(parse));
		}
	}

	private static boolean isFeel(String language, String defaultLanguage) {
		String effective = language != null ? language : defaultLanguage;
		return effective == null || effective.toLowerCase(Locale.ROOT).contains("feel");
	}

	private static String label(Input input) {
		return input.getLabel() != null ? "'" + input.getLabel() + "'" : "input " + input.getId();
	}

	private static String text(UnaryTests cell) {
		return cell == null || cell.getText() == null ? null : blankToNull(cell.getText().getTextContent());
	}

	private static String text(LiteralExpression cell) {
		return cell == null || cell.getText() == null ? null : blankToNull(cell.getText().getTextContent());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
