package org.shequ.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.shequ.intake.CaseTaskDecorator;
import org.shequ.security.QueryExpressionGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Shequ's hooks into the engine: the query-expression guard and the form-error unwrapper in front of
 * every command, and the case
 * task decorator on the create event of every user task of every deployed model.
 */
@Component
class ShequEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<CaseTaskDecorator> decorator;

	ShequEnginePlugin(ObjectProvider<CaseTaskDecorator> decorator) {
		this.decorator = decorator;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(
				withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));

		List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
		TaskListener decorate = (DelegateTask task) -> decorator.getObject().notify(task);
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, decorate);
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
		List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
		interceptors.add(0, new QueryExpressionGuard());
		interceptors.add(0, new FormErrorUnwrapper());
		return interceptors;
	}

}
