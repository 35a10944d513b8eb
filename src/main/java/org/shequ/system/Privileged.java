package org.shequ.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that Shequ's own services have already authorised (filing a case, adding a
 * supervisor's right to reassign a task) without the caller's Camunda authorization checks. The
 * authenticated user stays set, so history and the operation log still name who acted.
 */
@Component
public class Privileged {

	private final ObjectProvider<ProcessEngine> engine;

	public Privileged(ObjectProvider<ProcessEngine> engine) {
		this.engine = engine;
	}

	public <T> T call(Supplier<T> work) {
		CommandContext current = Context.getCommandContext();
		if (current != null) {
			return within(current, work);
		}
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getObject()
			.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired().execute(context -> within(context, work));
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	private static <T> T within(CommandContext context, Supplier<T> work) {
		boolean enabled = context.isAuthorizationCheckEnabled();
		context.disableAuthorizationCheck();
		try {
			return work.get();
		}
		finally {
			if (enabled) {
				context.enableAuthorizationCheck();
			}
		}
	}

}
