package org.shequ.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * No scripts of any language anywhere: no script tasks, no script listeners, no scripts in input or
 * output mappings, no conditions written in a script language, no decision table cells in one. What a
 * model does beyond expressions and decision tables is done by Java delegates, which are reviewed
 * and tested code.
 */
final class NoScripts implements ModelRule {

	private static final Set<String> CONDITIONS = Set.of("conditionExpression", "completionCondition", "condition");

	@Override
	public void check(Review review) {
		for (BpmnDocument doc : review.bpmn) {
			List<Element> all = new ArrayList<>(List.of(doc.root));
			all.addAll(Dom.descendants(doc.root));
			for (Element e : all) {
				if (Dom.isBpmn(e, "scriptTask")) {
					review.problem(doc.file, e, "script tasks are not allowed: use a service task with"
							+ " camunda:delegateExpression=\"${beanName}\" (a Java delegate)");
				}
				else if (Dom.isCamunda(e) && "script".equals(e.getLocalName()) && !insideScriptTask(e)) {
					String format = Dom.attribute(e, "scriptFormat");
					review.problem(doc.file, e, "an inline script (camunda:script" + (format == null ? "" : ", " + format)
							+ ") in " + describeParent(e) + " is not allowed: use a Java delegate, an expression or a"
							+ " decision table");
				}
				else if (Dom.BPMN.equals(e.getNamespaceURI()) && CONDITIONS.contains(e.getLocalName())
						&& Dom.attribute(e, "language") != null) {
					review.problem(doc.file, e, "a condition written in the script language '"
							+ Dom.attribute(e, "language") + "' is not allowed: write an expression such as ${approved}"
							+ " and leave the language empty");
				}
			}
		}
		for (DmnDocument doc : review.dmn) {
			List<Element> all = new ArrayList<>(List.of(doc.root));
			all.addAll(Dom.descendants(doc.root));
			for (Element e : all) {
				String language = Dom.attribute(e, "expressionLanguage");
				if (language != null && !isExpressionLanguage(language)) {
					review.problem(doc.file, e, "'" + language + "' is a script language; decision tables are written"
							+ " in FEEL (or JUEL expressions)");
				}
			}
		}
	}

	static boolean isExpressionLanguage(String language) {
		String lower = language.toLowerCase(Locale.ROOT);
		return lower.equals("feel") || lower.equals("juel")
				|| (lower.startsWith("http") && lower.contains("omg.org") && lower.contains("feel"));
	}

	private static boolean insideScriptTask(Element e) {
		for (Node n = e.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
			if (Dom.isBpmn(parent, "scriptTask")) {
				return true;
			}
		}
		return false;
	}

	private static String describeParent(Element script) {
		Node parent = script.getParentNode();
		if (parent instanceof Element p) {
			String event = Dom.attribute(p, "event");
			String name = Dom.attribute(p, "name");
			String element = p.getPrefix() == null ? p.getLocalName() : p.getPrefix() + ":" + p.getLocalName();
			return element + (event != null ? " (" + event + ")" : name != null ? " (" + name + ")" : "");
		}
		return "the model";
	}

}
