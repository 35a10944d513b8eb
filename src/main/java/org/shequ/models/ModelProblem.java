package org.shequ.models;

/** Why a model may not be deployed: the file, the element (id and name, if any) and what is wrong. */
public record ModelProblem(String resource, String element, String message) {

	public String describe() {
		return resource + (element == null ? "" : " › " + element) + ": " + message;
	}

	@Override
	public String toString() {
		return describe();
	}

}
