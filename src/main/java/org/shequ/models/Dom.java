package org.shequ.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Small helpers for reading BPMN and DMN XML through the DOM that Camunda's model parser built. */
final class Dom {

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	/** The engine still reads the old Activiti namespace as Camunda's. */
	static final String ACTIVITI = "http://activiti.org/bpmn";

	private Dom() {
	}

	/** Every element below {@code root} (not root itself), in document order. */
	static List<Element> descendants(Element root) {
		List<Element> all = new ArrayList<>();
		walk(root, all::add);
		return all;
	}

	static List<Element> descendants(Element root, String namespace, String localName) {
		return descendants(root).stream()
			.filter(e -> namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName()))
			.toList();
	}

	static List<Element> children(Element parent, String namespace, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	private static void walk(Element element, Consumer<Element> visitor) {
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				visitor.accept(e);
				walk(e, visitor);
			}
		}
	}

	/**
	 * A Camunda extension attribute: {@code camunda:name} (or the legacy {@code activiti:name}) on a BPMN
	 * element, the plain {@code name} on Camunda's own elements such as {@code camunda:taskListener}; null if
	 * absent or blank.
	 */
	static String camunda(Element element, String name) {
		String value = isCamunda(element) ? element.getAttribute(name) : element.getAttributeNS(CAMUNDA, name);
		if (value == null || value.isBlank()) {
			value = element.getAttributeNS(ACTIVITI, name);
		}
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A plain attribute; null if absent or blank. */
	static String attribute(Element element, String name) {
		String value = element.getAttribute(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	static List<Attr> attributes(Element element) {
		NamedNodeMap map = element.getAttributes();
		List<Attr> list = new ArrayList<>();
		for (int i = 0; i < map.getLength(); i++) {
			list.add((Attr) map.item(i));
		}
		return list;
	}

	/** The element's own text (not its children's), trimmed. */
	static String ownText(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(n.getNodeValue());
			}
		}
		return text.toString().trim();
	}

	/** The nearest element at or above this one that has an id: what a problem is reported against. */
	static Element identified(Element element) {
		for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
			if (attribute(e, "id") != null) {
				return e;
			}
		}
		return element;
	}

	/** {@code id (name)} as supervisors see the element in Camunda Modeler. */
	static String label(Element element) {
		Element identified = identified(element);
		String id = attribute(identified, "id");
		String name = attribute(identified, "name");
		if (id == null) {
			return identified.getLocalName();
		}
		return name == null ? id : id + " (" + name + ")";
	}

	static boolean isBpmn(Element element, String localName) {
		return BPMN.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
	}

	static boolean isCamunda(Element element) {
		return CAMUNDA.equals(element.getNamespaceURI()) || ACTIVITI.equals(element.getNamespaceURI());
	}

}
