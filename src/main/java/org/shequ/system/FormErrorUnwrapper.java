package org.shequ.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a plain ProcessEngineException, which both
 * REST APIs answer with 500. A listener that refuses a form ({@link InvalidFormException}) means a
 * bad request: after the command has rolled back, this hands the original exception to the caller,
 * so engine-rest and Tasklist answer 400 with its message.
 */
class FormErrorUnwrapper extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		if (Context.getCommandContext() != null) {
			return next.execute(command);
		}
		try {
			return next.execute(command);
		}
		catch (ProcessEngineException e) {
			for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
				if (cause instanceof InvalidFormException invalid) {
					throw invalid;
				}
			}
			throw e;
		}
	}

}
