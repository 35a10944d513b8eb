package org.shequ.models;

import org.w3c.dom.Element;

/**
 * Every user task shows a Camunda Form that exists and someone can see it. A form bound with
 * {@code formRefBinding="deployment"} must be part of the process's deployment; when it is not in
 * the files deployed but is deployed already, the gate adds that form's current version to the
 * deployment (a supervisor who changed only the BPMN in Camunda Modeler need not attach the forms).
 */
final class UserTasks implements ModelRule {

	@Override
	public void check(Review review) {
		for (ProcessModel process : review.processes()) {
			for (Element task : process.all("userTask")) {
				checkForm(review, process, task);
				checkAssignment(review, process, task);
			}
		}
	}

	private static void checkForm(Review review, ProcessModel process, Element task) {
		String formKey = Dom.camunda(task, "formKey");
		String formRef = Dom.camunda(task, "formRef");
		if (formKey != null) {
			review.problem(process.file, task, "uses camunda:formKey; Shequ's tasks use Camunda Forms: set"
					+ " camunda:formRef to the id of a form in forms/ and camunda:formRefBinding=\"deployment\"");
		}
		if (formRef == null) {
			if (formKey == null) {
				review.problem(process.file, task, "has no Camunda Form: set camunda:formRef to the id of a form in"
						+ " forms/ and camunda:formRefBinding=\"deployment\"");
			}
			return;
		}
		if (ProcessModel.isExpression(formRef)) {
			review.problem(process.file, task, "camunda:formRef must name a form; the expression " + formRef
					+ " cannot be checked");
			return;
		}
		if (review.coDeployedForm(formRef).isPresent()) {
			return;
		}
		if (review.around.deployedForm(formRef).isPresent()) {
			if ("deployment".equals(Dom.camunda(task, "formRefBinding"))) {
				review.attachForm(formRef);
			}
			return;
		}
		review.problem(process.file, task, "shows the form '" + formRef + "', which is neither in this deployment"
				+ " nor deployed: deploy forms/" + formRef + ".form with it (Camunda Modeler: Deploy › Include"
				+ " additional files)");
	}

	private static void checkAssignment(Review review, ProcessModel process, Element task) {
		boolean assigned = Dom.camunda(task, "assignee") != null || Dom.camunda(task, "candidateGroups") != null
				|| Dom.camunda(task, "candidateUsers") != null
				|| !Dom.children(task, Dom.BPMN, "potentialOwner").isEmpty()
				|| !Dom.children(task, Dom.BPMN, "humanPerformer").isEmpty();
		if (!assigned) {
			review.problem(process.file, task, "has no assignee and no candidate groups or users: nobody would see"
					+ " it in Tasklist (e.g. camunda:candidateGroups=\"${community}\")");
		}
	}

}
