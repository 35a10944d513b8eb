package org.shequ.models;

import java.util.Optional;

import org.shequ.system.DecisionResultReader;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** The application's Spring beans, which the engine resolves {@code ${name}} against. */
@Component
class SpringBeans implements BeanCatalog {

	private final ApplicationContext context;

	SpringBeans(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public Optional<Class<?>> typeOf(String beanName) {
		if (!context.containsBean(beanName)) {
			return Optional.empty();
		}
		return Optional.of(Optional.<Class<?>>ofNullable(context.getType(beanName)).orElse(Object.class));
	}

	@Override
	public Optional<DecisionResultReader> decisionResultReader(String beanName) {
		if (context.containsBean(beanName) && context.isTypeMatch(beanName, DecisionResultReader.class)) {
			return Optional.of(context.getBean(beanName, DecisionResultReader.class));
		}
		return Optional.empty();
	}

}
