package org.shequ.system;

import org.camunda.bpm.engine.BadUserRequestException;

/** What a caseworker submitted with a task is incomplete or wrong; the completion is refused (400). */
public class InvalidFormException extends BadUserRequestException {

	public InvalidFormException(String message) {
		super("表单填写有误：" + message);
	}

}
