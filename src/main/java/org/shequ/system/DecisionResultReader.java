package org.shequ.system;

import java.util.List;
import java.util.function.Predicate;

/**
 * A delegate that reads the result of a business rule task (a decision table evaluated with
 * {@code camunda:mapDecisionResult="singleResult"}) from a process variable. It says which outputs it
 * reads and which values it accepts, so the deployment gate ({@code org.shequ.models}) can refuse a
 * decision table that no longer gives them before any case reaches it.
 */
public interface DecisionResultReader {

	/** The {@code camunda:resultVariable} of the business rule task whose result it reads. */
	String decisionResultVariable();

	/** The outputs it reads. */
	List<Output> decisionOutputsRead();

	/**
	 * An output column it reads: every rule must give a value; {@code valid} checks each literal text a
	 * rule gives, {@code expected} says in words what is accepted.
	 */
	record Output(String name, Predicate<String> valid, String expected) {

		/** Any non-empty value. */
		public static Output anyValue(String name) {
			return new Output(name, null, null);
		}

		public static Output matching(String name, Predicate<String> valid, String expected) {
			return new Output(name, valid, expected);
		}

		public boolean checksValues() {
			return valid != null;
		}

	}

}
