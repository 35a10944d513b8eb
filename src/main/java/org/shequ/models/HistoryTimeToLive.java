package org.shequ.models;

import java.util.regex.Pattern;

/** Every process and decision says how long its history is kept (Shequ: 3650 days). */
final class HistoryTimeToLive implements ModelRule {

	private static final Pattern DAYS = Pattern.compile("^(\\d{1,5}|P\\d{1,5}D)$");

	@Override
	public void check(Review review) {
		for (ProcessModel process : review.processes()) {
			String ttl = Dom.camunda(process.element, "historyTimeToLive");
			if (ttl == null) {
				review.problem(process.file, process.element, "the process has no history time-to-live: set"
						+ " camunda:historyTimeToLive=\"3650\" (Shequ keeps case history for ten years)");
			}
			else if (!DAYS.matcher(ttl).matches()) {
				review.problem(process.file, process.element, "history time-to-live '" + ttl
						+ "' is not a number of days (e.g. 3650)");
			}
		}
		for (DecisionModel decision : review.decisions()) {
			String ttl = decision.decision.getCamundaHistoryTimeToLiveString();
			if (ttl == null || ttl.isBlank()) {
				review.problem(decision.file, decision.describe(), "the decision has no history time-to-live: set"
						+ " camunda:historyTimeToLive=\"3650\"");
			}
			else if (!DAYS.matcher(ttl.trim()).matches()) {
				review.problem(decision.file, decision.describe(), "history time-to-live '" + ttl
						+ "' is not a number of days (e.g. 3650)");
			}
		}
	}

}
