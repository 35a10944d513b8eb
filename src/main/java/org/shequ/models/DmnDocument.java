package org.shequ.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.transform.dom.DOMSource;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A DMN file read with Camunda's model parser, and its decisions. */
final class DmnDocument {

	final ModelFile file;

	final DmnModelInstance model;

	final Element root;

	final List<DecisionModel> decisions;

	private DmnDocument(ModelFile file, DmnModelInstance model, Element root) {
		this.file = file;
		this.model = model;
		this.root = root;
		List<DecisionModel> found = new ArrayList<>();
		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			found.add(DecisionModel.of(file, decision));
		}
		this.decisions = List.copyOf(found);
	}

	static Optional<DmnDocument> parse(ModelFile file, List<ModelProblem> problems) {
		try {
			DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
			DOMSource source = model.getDocument().getDomSource();
			Document document = source.getNode() instanceof Document d ? d : source.getNode().getOwnerDocument();
			return Optional.of(new DmnDocument(file, model, document.getDocumentElement()));
		}
		catch (RuntimeException e) {
			problems.add(new ModelProblem(file.name(), null, "is not valid DMN XML: " + BpmnDocument.rootMessage(e)));
			return Optional.empty();
		}
	}

}
