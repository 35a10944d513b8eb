package org.shequ.models;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Camunda Form (form-js JSON); user tasks reference it by its {@code id}. */
final class FormDocument {

	private static final ObjectMapper JSON = new ObjectMapper();

	final ModelFile file;

	final String id;

	private FormDocument(ModelFile file, String id) {
		this.file = file;
		this.id = id;
	}

	static Optional<FormDocument> parse(ModelFile file, List<ModelProblem> problems) {
		JsonNode form;
		try {
			form = JSON.readTree(file.content());
		}
		catch (IOException e) {
			problems.add(new ModelProblem(file.name(), null, "is not a Camunda Form: not readable as JSON ("
					+ BpmnDocument.rootMessage(e) + ")"));
			return Optional.empty();
		}
		if (form == null || !form.isObject()) {
			problems.add(new ModelProblem(file.name(), null, "is not a Camunda Form: not a JSON object"));
			return Optional.empty();
		}
		JsonNode id = form.get("id");
		if (id == null || !id.isTextual() || id.asText().isBlank()) {
			problems.add(new ModelProblem(file.name(), null,
					"is not a Camunda Form: it has no \"id\", and user tasks find forms by id"));
			return Optional.empty();
		}
		JsonNode components = form.get("components");
		if (components == null || !components.isArray()) {
			problems.add(new ModelProblem(file.name(), null, "is not a Camunda Form: it has no \"components\" list"));
			return Optional.empty();
		}
		return Optional.of(new FormDocument(file, id.asText()));
	}

}
