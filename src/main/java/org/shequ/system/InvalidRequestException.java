package org.shequ.system;

import java.util.List;

/** Bad input: answered 400 with every offending field named. Nothing is changed. */
public class InvalidRequestException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidRequestException(List<FieldProblem> problems) {
		super("invalid request: " + problems);
		this.problems = List.copyOf(problems);
	}

	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	public record FieldProblem(String field, String message) {
	}

}
