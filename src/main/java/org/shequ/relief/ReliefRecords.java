package org.shequ.relief;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** How process code reaches the application it works on, through the {@code reliefApplicationId} variable. */
@Component
class ReliefRecords {

	static final String APPLICATION_ID = "reliefApplicationId";

	private final ReliefApplicationRepository applications;

	ReliefRecords(ReliefApplicationRepository applications) {
		this.applications = applications;
	}

	ReliefApplication of(VariableScope scope) {
		Object id = scope.getVariable(APPLICATION_ID);
		if (!(id instanceof Number number)) {
			throw new IllegalStateException("no relief application in this process: " + APPLICATION_ID + " is " + id);
		}
		return applications.findById(number.longValue())
			.orElseThrow(() -> new IllegalStateException("relief application " + id + " does not exist"));
	}

}
