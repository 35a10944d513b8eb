package org.shequ.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a caseworker submitted with a task is incomplete or wrong; the completion is refused. It is a
 * {@link FormFieldValidationException} because that is what Camunda's REST task resource (engine-rest
 * and the Tasklist's own API) answers with 400 instead of 500.
 */
public class InvalidFormException extends FormFieldValidationException {

	public InvalidFormException(String message) {
		super(null, "表单填写有误：" + message);
	}

}
