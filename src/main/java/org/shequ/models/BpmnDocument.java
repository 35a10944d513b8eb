package org.shequ.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.transform.dom.DOMSource;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A BPMN file read with Camunda's own (schema-validating, XXE-safe) model parser, and its executable
 * processes.
 */
final class BpmnDocument {

	final ModelFile file;

	final Element root;

	final List<ProcessModel> processes;

	private BpmnDocument(ModelFile file, Element root) {
		this.file = file;
		this.root = root;
		List<ProcessModel> found = new ArrayList<>();
		for (Element process : Dom.children(root, Dom.BPMN, "process")) {
			if (!"false".equals(Dom.attribute(process, "isExecutable"))) {
				found.add(new ProcessModel(file, process));
			}
		}
		this.processes = List.copyOf(found);
	}

	/** The parsed file, or empty with the reason added to {@code problems}. */
	static Optional<BpmnDocument> parse(ModelFile file, List<ModelProblem> problems) {
		try {
			BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
			DOMSource source = model.getDocument().getDomSource();
			Document document = source.getNode() instanceof Document d ? d : source.getNode().getOwnerDocument();
			return Optional.of(new BpmnDocument(file, document.getDocumentElement()));
		}
		catch (RuntimeException e) {
			problems.add(new ModelProblem(file.name(), null, "is not valid BPMN 2.0 XML: " + rootMessage(e)));
			return Optional.empty();
		}
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

}
