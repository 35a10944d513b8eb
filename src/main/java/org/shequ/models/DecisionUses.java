package org.shequ.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shequ.models.DecisionModel.RuleModel;
import org.shequ.system.DecisionResultReader;
import org.w3c.dom.Element;

/**
 * A decision table gives what the process that evaluates it reads: the outputs its delegates read
 * ({@link DecisionResultReader}) with values they accept, the outputs its expressions read
 * ({@code ${triage.track}}), one result where the result is mapped as one, and, for a call activity
 * {@code calledElement="${track}"}, a known process key in every rule. Checked both ways: the processes
 * of a deployment against the tables they evaluate, and a deployed decision table's new version against
 * the deployed processes that evaluate it.
 */
final class DecisionUses implements ModelRule {

	private static final Set<String> ONE_RESULT = Set.of("singleResult", "singleEntry");

	@Override
	public void check(Review review) {
		for (ProcessModel process : review.processes()) {
			Reporter inProcess = (where, decision, rule, message) -> review.problem(process.file, where,
					"decision " + decision.describe() + (rule == null ? "" : ", " + rule.label()) + ": " + message);
			checkProcess(review, process, d -> true, false, inProcess);
		}
		Set<String> checked = new HashSet<>();
		for (DecisionModel decision : review.decisions()) {
			for (Surroundings.DeployedProcess deployed : review.around.deployedProcessesUsing(decision.key)) {
				if (!checked.add(deployed.file().name() + "#" + deployed.key() + "#" + deployed.version())) {
					continue;
				}
				Optional<ProcessModel> process = BpmnDocument.parse(deployed.file(), new ArrayList<>())
					.flatMap(doc -> doc.processes.stream().filter(p -> deployed.key().equals(p.key)).findFirst());
				Reporter inDecision = (where, d, rule, message) -> review.problem(d.file,
						d.key + (rule == null ? "" : " › " + rule.label()), "as deployed process '" + deployed.key()
								+ "' (version " + deployed.version() + ", " + Dom.label(where) + ") uses it: " + message);
				process.ifPresent(p -> checkProcess(review, p, review::isCoDeployed, true, inDecision));
			}
		}
	}

	private static void checkProcess(Review review, ProcessModel process, Predicate<DecisionModel> which,
			boolean latestOnly, Reporter reporter) {
		for (Element task : process.all("businessRuleTask")) {
			Optional<DecisionModel> evaluated = evaluated(review, task, latestOnly).filter(which);
			if (evaluated.isEmpty()) {
				continue;
			}
			DecisionModel decision = evaluated.get();
			String mapping = Optional.ofNullable(Dom.camunda(task, "mapDecisionResult")).orElse("resultList");
			if (ONE_RESULT.contains(mapping) && !decision.givesOneResult()) {
				reporter.report(task, decision, null, "the task maps the result as " + mapping + ", but hit policy "
						+ decision.hitPolicyName() + " may give several rules: use FIRST, UNIQUE, PRIORITY or ANY");
			}
			if ((mapping.equals("singleEntry") || mapping.equals("collectEntries")) && decision.outputs.size() != 1) {
				reporter.report(task, decision, null, "the task maps the result as " + mapping
						+ ", which needs exactly one output, but the table has " + decision.outputs.size());
			}
			String variable = Dom.camunda(task, "resultVariable");
			if (variable != null && mapping.equals("singleResult")) {
				checkReaders(review, process, variable, decision, reporter);
				checkExpressions(process, variable, decision, reporter);
			}
		}
		for (Element call : process.all("callActivity")) {
			Optional<String> variable = ProcessModel.nameOnly(Dom.attribute(call, "calledElement"));
			if (variable.isEmpty()) {
				continue;
			}
			for (Source source : sourcesOf(review, process, variable.get(), latestOnly)) {
				if (which.test(source.decision())) {
					checkCalledKeys(review, call, source, reporter);
				}
			}
		}
	}

	private static void checkReaders(Review review, ProcessModel process, String variable, DecisionModel decision,
			Reporter reporter) {
		for (ProcessModel.Named bean : process.delegateBeans()) {
			Optional<DecisionResultReader> reader = review.beans.decisionResultReader(bean.value())
				.filter(r -> variable.equals(r.decisionResultVariable()));
			if (reader.isEmpty()) {
				continue;
			}
			for (DecisionResultReader.Output output : reader.get().decisionOutputsRead()) {
				if (!decision.hasOutput(output.name())) {
					reporter.report(bean.element(), decision, null, "the bean " + bean.value() + " reads the output '"
							+ output.name() + "', which the table does not have (it has " + decision.outputs + ")");
					continue;
				}
				for (RuleModel rule : decision.rules) {
					checkValue(bean.value(), output, rule, bean.element(), decision, reporter);
				}
			}
		}
	}

	private static void checkValue(String bean, DecisionResultReader.Output output, RuleModel rule, Element where,
			DecisionModel decision, Reporter reporter) {
		if (!rule.gives(output.name())) {
			reporter.report(where, decision, rule, "gives no '" + output.name() + "', which " + bean + " needs");
			return;
		}
		if (!output.checksValues()) {
			return;
		}
		Optional<String> text = rule.text(output.name());
		if (text.isEmpty()) {
			reporter.report(where, decision, rule, "gives " + rule.outputs().get(output.name()) + " for '"
					+ output.name() + "'; write a text in quotes (" + output.expected() + ")");
		}
		else if (!output.valid().test(text.get())) {
			reporter.report(where, decision, rule, "gives \"" + text.get() + "\" for '" + output.name() + "', but "
					+ bean + " expects " + output.expected());
		}
	}

	private static void checkExpressions(ProcessModel process, String variable, DecisionModel decision,
			Reporter reporter) {
		Pattern reads = Pattern.compile("(?<![\\w.$])" + Pattern.quote(variable)
				+ "\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)(?![\\w\\s]*\\()|\\[\\s*['\"]([^'\"]+)['\"]\\s*\\])");
		for (ProcessModel.Named expression : process.expressions()) {
			Matcher m = reads.matcher(expression.value());
			while (m.find()) {
				String output = m.group(1) != null ? m.group(1) : m.group(2);
				if (!decision.hasOutput(output)) {
					reporter.report(expression.element(), decision, null, "the expression " + expression.value().trim()
							+ " reads '" + output + "', which the table does not give (it has " + decision.outputs
							+ ")");
				}
			}
		}
	}

	private static void checkCalledKeys(Review review, Element call, Source source, Reporter reporter) {
		for (RuleModel rule : source.decision().rules) {
			if (!rule.gives(source.output())) {
				reporter.report(call, source.decision(), rule, "gives no '" + source.output()
						+ "', so the call activity would have no process to start");
				continue;
			}
			Optional<String> key = rule.text(source.output());
			if (key.isEmpty()) {
				reporter.report(call, source.decision(), rule, "gives " + rule.outputs().get(source.output()) + " for '"
						+ source.output() + "', which is not a process key in quotes such as \"general-handling\"");
			}
			else if (!review.processKnown(key.get())) {
				reporter.report(call, source.decision(), rule, "sends '" + source.output() + "' = \"" + key.get()
						+ "\" to the call activity, but no process '" + key.get()
						+ "' is in this deployment or deployed");
			}
		}
	}

	/**
	 * Where {@code ${variable}} of a call activity comes from: the decisions the process evaluates that
	 * have an output of that name, or whose single entry is stored under that name.
	 */
	static List<Source> sourcesOf(Review review, ProcessModel process, String variable, boolean latestOnly) {
		Set<Source> sources = new LinkedHashSet<>();
		for (Element task : process.all("businessRuleTask")) {
			Optional<DecisionModel> decision = evaluated(review, task, latestOnly);
			if (decision.isEmpty()) {
				continue;
			}
			DecisionModel d = decision.get();
			if ("singleEntry".equals(Dom.camunda(task, "mapDecisionResult"))
					&& variable.equals(Dom.camunda(task, "resultVariable")) && d.outputs.size() == 1) {
				sources.add(new Source(d, d.outputs.get(0)));
			}
			else if (d.hasOutput(variable)) {
				sources.add(new Source(d, variable));
			}
		}
		return List.copyOf(sources);
	}

	/** The decision a business rule task evaluates, as far as a constant decisionRef tells. */
	private static Optional<DecisionModel> evaluated(Review review, Element task, boolean latestOnly) {
		String ref = Dom.camunda(task, "decisionRef");
		if (ref == null || ProcessModel.isExpression(ref)) {
			return Optional.empty();
		}
		String binding = Dom.camunda(task, "decisionRefBinding");
		if (binding == null || binding.equals("latest")) {
			return review.decision(ref);
		}
		if (latestOnly) {
			return Optional.empty();
		}
		return binding.equals("deployment") ? review.coDeployedDecision(ref) : review.decision(ref);
	}

	record Source(DecisionModel decision, String output) {
	}

	@FunctionalInterface
	interface Reporter {

		void report(Element where, DecisionModel decision, RuleModel rule, String message);

	}

}
