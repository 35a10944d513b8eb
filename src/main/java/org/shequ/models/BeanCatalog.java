package org.shequ.models;

import java.util.Optional;

import org.shequ.system.DecisionResultReader;

/** The Spring beans that models may name in {@code ${...}} delegate expressions. */
public interface BeanCatalog {

	/** The bean's type ({@code Object} when it cannot be told), or empty when there is no bean of that name. */
	Optional<Class<?>> typeOf(String beanName);

	/** The bean, if it reads a decision result. */
	Optional<DecisionResultReader> decisionResultReader(String beanName);

}
