package org.shequ.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * The gate refused a deployment. A {@link ParseException}, so that the engine REST API (and with it
 * Camunda Modeler and the webapps) answers 400 with the problems in its message and, per file, in
 * {@code details}; the deploying command rolls back, so nothing of the deployment remains.
 */
public class DeploymentRefusedException extends ParseException {

	private static final long serialVersionUID = 1L;

	private final transient List<ModelProblem> problems;

	public DeploymentRefusedException(List<ModelProblem> problems) {
		super(message(problems), problems.get(0).resource(), List.of(), List.of());
		this.problems = List.copyOf(problems);
		Map<String, List<Problem>> byResource = new LinkedHashMap<>();
		for (ModelProblem problem : problems) {
			byResource.computeIfAbsent(problem.resource(), r -> new ArrayList<>()).add(new GateProblem(problem));
		}
		resorceReports.clear();
		byResource.forEach((resource, errors) -> resorceReports.add(new Report(resource, errors)));
	}

	public List<ModelProblem> problems() {
		return problems;
	}

	private static String message(List<ModelProblem> problems) {
		StringBuilder message = new StringBuilder("部署未通过检查 Deployment refused by Shequ's model check (")
			.append(problems.size())
			.append(problems.size() == 1 ? " problem)" : " problems)")
			.append(", nothing was deployed:");
		int n = 0;
		for (ModelProblem problem : problems) {
			message.append('\n').append(++n).append(". ").append(problem.describe());
		}
		return message.toString();
	}

	private record GateProblem(ModelProblem problem) implements Problem {

		@Override
		public String getMessage() {
			return problem.element() == null ? problem.message() : problem.element() + ": " + problem.message();
		}

		@Override
		public int getLine() {
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
		}

		@Override
		public String getMainElementId() {
			String element = problem.element();
			if (element == null) {
				return null;
			}
			int end = element.indexOf(' ');
			return end < 0 ? element : element.substring(0, end);
		}

		@Override
		public List<String> getElementIds() {
			String main = getMainElementId();
			return main == null ? List.of() : List.of(main);
		}

	}

	private record Report(String resource, List<Problem> errors) implements ResourceReport {

		@Override
		public String getResourceName() {
			return resource;
		}

		@Override
		public List<Problem> getErrors() {
			return errors;
		}

		@Override
		public List<Problem> getWarnings() {
			return List.of();
		}

	}

}
