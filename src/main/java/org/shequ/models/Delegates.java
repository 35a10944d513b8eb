package org.shequ.models;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.w3c.dom.Element;

/**
 * Delegates are Spring beans named alone ({@code ${recordResponse}}), the bean exists and is of the
 * kind the element calls: a task listener is a TaskListener, an execution listener an
 * ExecutionListener or JavaDelegate, a service task a JavaDelegate. No {@code camunda:class} (it
 * would bypass the bean check) and no external tasks (nothing in Shequ works them).
 */
final class Delegates implements ModelRule {

	@Override
	public void check(Review review) {
		for (ProcessModel process : review.processes()) {
			for (Element e : process.everything()) {
				String javaClass = Dom.camunda(e, "class");
				if (javaClass != null) {
					review.problem(process.file, e, where(e) + " names the Java class " + javaClass
							+ "; Shequ's models name Spring beans: camunda:delegateExpression=\"${beanName}\"");
				}
				if ("external".equals(Dom.camunda(e, "type"))) {
					review.problem(process.file, e, "is an external task, and nothing in Shequ works external tasks: use"
							+ " camunda:delegateExpression=\"${beanName}\"");
				}
				String expression = Dom.camunda(e, "delegateExpression");
				if (expression != null) {
					checkBean(review, process, e, expression);
				}
			}
		}
	}

	private static void checkBean(Review review, ProcessModel process, Element e, String expression) {
		Optional<String> bean = ProcessModel.nameOnly(expression);
		if (bean.isEmpty()) {
			review.problem(process.file, e, where(e) + ": the delegate expression " + expression
					+ " must name a Spring bean alone, like ${recordResponse}");
			return;
		}
		Optional<Class<?>> type = review.beans.typeOf(bean.get());
		if (type.isEmpty()) {
			review.problem(process.file, e, where(e) + " names the bean '" + bean.get() + "', but there is no such"
					+ " bean in Shequ");
			return;
		}
		List<Class<?>> expected = expectedTypes(e);
		if (type.get() != Object.class && expected.stream().noneMatch(t -> t.isAssignableFrom(type.get()))) {
			review.problem(process.file, e, where(e) + " names the bean '" + bean.get() + "', a "
					+ type.get().getSimpleName() + ", which is not a " + expected.get(0).getSimpleName());
		}
	}

	private static List<Class<?>> expectedTypes(Element e) {
		if (Dom.isCamunda(e) && "taskListener".equals(e.getLocalName())) {
			return List.of(TaskListener.class);
		}
		if (Dom.isCamunda(e) && "executionListener".equals(e.getLocalName())) {
			return List.of(ExecutionListener.class, JavaDelegate.class);
		}
		return List.of(JavaDelegate.class, ActivityBehavior.class);
	}

	private static String where(Element e) {
		if (Dom.isCamunda(e) && e.getLocalName().endsWith("Listener")) {
			String event = Dom.attribute(e, "event");
			return ("taskListener".equals(e.getLocalName()) ? "the task listener" : "the execution listener")
					+ (event == null ? "" : " (" + event + ")");
		}
		return "the delegate";
	}

}
