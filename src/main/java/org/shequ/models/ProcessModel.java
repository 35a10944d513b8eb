package org.shequ.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/** One executable process of a BPMN file: its key and the parts of it the checks look at. */
final class ProcessModel {

	/** {@code ${name}} or {@code #{name}}: a bean or variable named alone. */
	static final Pattern NAME_ONLY = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\s*$");

	final ModelFile file;

	final Element element;

	final String key;

	ProcessModel(ModelFile file, Element element) {
		this.file = file;
		this.element = element;
		this.key = Dom.attribute(element, "id");
	}

	/** BPMN elements of this type anywhere in the process (sub-processes included). */
	List<Element> all(String bpmnType) {
		return Dom.descendants(element, Dom.BPMN, bpmnType);
	}

	List<Element> everything() {
		return Dom.descendants(element);
	}

	/** The bean named by {@code ${name}} in a delegate expression, if the expression is that simple. */
	static Optional<String> nameOnly(String expression) {
		if (expression == null) {
			return Optional.empty();
		}
		Matcher m = NAME_ONLY.matcher(expression);
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** Beans this process names as delegates, with the element naming each. */
	List<Named> delegateBeans() {
		List<Named> beans = new ArrayList<>();
		for (Element e : everything()) {
			nameOnly(Dom.camunda(e, "delegateExpression")).ifPresent(bean -> beans.add(new Named(bean, e)));
		}
		return beans;
	}

	/** Every expression in the process: attribute values and texts containing {@code ${} or {@code #{}. */
	List<Named> expressions() {
		List<Named> found = new ArrayList<>();
		for (Element e : everything()) {
			for (Attr attr : Dom.attributes(e)) {
				if (isExpression(attr.getValue())) {
					found.add(new Named(attr.getValue(), e));
				}
			}
			String text = Dom.ownText(e);
			if (isExpression(text)) {
				found.add(new Named(text, e));
			}
		}
		return found;
	}

	static boolean isExpression(String value) {
		return value != null && (value.contains("${") || value.contains("#{"));
	}

	/** Something named by an element: a bean, an expression. */
	record Named(String value, Element element) {
	}

}
