package org.shequ.repair;

import java.util.List;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Options of a select in a Camunda Form that come from the task ({@code valuesKey}): a JSON variable
 * holding {@code [{"label": …, "value": …}]}, which Tasklist parses before it renders the form.
 */
final class Choices {

	record Choice(String label, String value) {
	}

	private Choices() {
	}

	static TypedValue json(ObjectMapper json, List<Choice> choices) {
		try {
			return SpinValues.jsonValue(json.writeValueAsString(choices)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
