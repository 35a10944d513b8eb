package org.shequ.models;

import java.util.Optional;

import org.w3c.dom.Element;

/**
 * Every process a call activity may start and every decision a business rule task evaluates exists,
 * in the deployment or deployed already. A called element given as {@code ${variable}} must be an
 * output of a decision table the process evaluates, so that {@link DecisionUses} can check each value
 * the table may give.
 */
final class CalledElements implements ModelRule {

	@Override
	public void check(Review review) {
		for (ProcessModel process : review.processes()) {
			for (Element call : process.all("callActivity")) {
				checkCall(review, process, call);
			}
			for (Element task : process.all("businessRuleTask")) {
				checkDecisionRef(review, process, task);
			}
		}
	}

	private static void checkCall(Review review, ProcessModel process, Element call) {
		if (Dom.camunda(call, "caseRef") != null) {
			review.problem(process.file, call, "calls a CMMN case; Shequ's flows are BPMN processes");
			return;
		}
		String called = Dom.attribute(call, "calledElement");
		if (called == null) {
			review.problem(process.file, call, "calls no process: set calledElement to a process key");
			return;
		}
		if (!ProcessModel.isExpression(called)) {
			boolean sameDeployment = "deployment".equals(Dom.camunda(call, "calledElementBinding"));
			if (sameDeployment ? !review.coDeployedProcess(called) : !review.processKnown(called)) {
				review.problem(process.file, call, "calls the process '" + called + "', which is not "
						+ (sameDeployment ? "in this deployment" : "in this deployment nor deployed"));
			}
			return;
		}
		Optional<String> variable = ProcessModel.nameOnly(called);
		if (variable.isEmpty()) {
			review.problem(process.file, call, "calledElement " + called + " cannot be checked: use a process key, or"
					+ " ${variable} where the variable is an output of a decision table this process evaluates");
		}
		else if (DecisionUses.sourcesOf(review, process, variable.get(), false).isEmpty()) {
			review.problem(process.file, call, "calls ${" + variable.get() + "}, but no decision table this process"
					+ " evaluates has an output '" + variable.get() + "', so which processes it may start cannot be"
					+ " checked");
		}
	}

	private static void checkDecisionRef(Review review, ProcessModel process, Element task) {
		String ref = Dom.camunda(task, "decisionRef");
		if (ref == null) {
			return;
		}
		if (ProcessModel.isExpression(ref)) {
			review.problem(process.file, task, "decisionRef " + ref + " cannot be checked: name the decision");
			return;
		}
		boolean sameDeployment = "deployment".equals(Dom.camunda(task, "decisionRefBinding"));
		if (sameDeployment ? review.coDeployedDecision(ref).isEmpty() : review.decision(ref).isEmpty()) {
			review.problem(process.file, task, "evaluates the decision '" + ref + "', which is not "
					+ (sameDeployment ? "in this deployment" : "in this deployment nor deployed"));
		}
	}

}
