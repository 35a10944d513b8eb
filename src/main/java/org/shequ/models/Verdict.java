package org.shequ.models;

import java.util.List;

/**
 * What the checker found: the problems (none: the deployment may go ahead) and the forms that user
 * tasks bind with {@code formRefBinding="deployment"} but that are not in the deployment; they are
 * deployed already, and the gate adds their current version to the deployment.
 */
public record Verdict(List<ModelProblem> problems, List<String> formsToAttach) {

	public Verdict {
		problems = List.copyOf(problems);
		formsToAttach = List.copyOf(formsToAttach);
	}

	public boolean accepted() {
		return problems.isEmpty();
	}

}
