package org.shequ.models;

import java.util.regex.Pattern;

/**
 * Expressions name variables and Shequ's own beans. They may not reach the process engine, its
 * services or Java itself ({@code ${execution.processEngineServices...}}, {@code ${runtimeService...}},
 * {@code ''.getClass()...}): that would let a deployed model do what its deployer's own rights do not
 * allow. A list of what is refused rather than a proof, it stops the obvious routes.
 */
final class SafeExpressions implements ModelRule {

	static final Pattern ENGINE_OR_JAVA = Pattern.compile("(?i)processEngine|[A-Za-z]*Service\\b|getClass|\\.class\\b"
			+ "|forName|classLoader|\\bRuntime\\b|\\bSystem\\b|\\bjava\\.|\\bjavax\\.|\\bjakarta\\.|applicationContext"
			+ "|beanFactory|dataSource|entityManager|jdbcTemplate|transactionManager|\\benvironment\\b");

	@Override
	public void check(Review review) {
		for (ProcessModel process : review.processes()) {
			for (ProcessModel.Named expression : process.expressions()) {
				if (ENGINE_OR_JAVA.matcher(expression.value()).find()) {
					review.problem(process.file, expression.element(), "the expression " + abbreviate(expression.value())
							+ " reaches into the process engine or Java itself: let a Shequ bean do the work");
				}
			}
		}
	}

	private static String abbreviate(String value) {
		String trimmed = value.trim();
		return trimmed.length() <= 80 ? trimmed : trimmed.substring(0, 80) + "…";
	}

}
