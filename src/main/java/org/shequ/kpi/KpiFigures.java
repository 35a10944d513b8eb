package org.shequ.kpi;

/**
 * The figures of one group of cases (docs/kpi.md). Rates are fractions (0.95 = 95 %), absent where
 * there is nothing to count them over (no callback reached anyone, no deadline fell due); times are
 * absent where no case has one.
 */
record KpiFigures(String key, String label, long received, long resolved, long closed, long reopened,
		Double reopenRate, long callbacksReached, long callbacksContacted, long callbacksSolved,
		long callbacksSatisfied, long resolvedWithoutCallback, Double responseRate, Double resolutionRate,
		Double satisfactionRate, long respondedOnTime, long responseDue, Double onTimeResponseRate,
		long resolvedOnTime, long resolutionDue, Double onTimeResolutionRate, Spread responseHours,
		Spread resolutionDays, Spread resolutionWorkingDays, long openPastDeadline, long openDueWithin24h) {

	/** Median and 90th percentile (interpolated, PERCENTILE_CONT). */
	record Spread(Double median, Double p90) {
	}

	KpiFigures labelled(String key, String label) {
		return new KpiFigures(key, label, received, resolved, closed, reopened, reopenRate, callbacksReached,
				callbacksContacted, callbacksSolved, callbacksSatisfied, resolvedWithoutCallback, responseRate,
				resolutionRate, satisfactionRate, respondedOnTime, responseDue, onTimeResponseRate, resolvedOnTime,
				resolutionDue, onTimeResolutionRate, responseHours, resolutionDays, resolutionWorkingDays,
				openPastDeadline, openDueWithin24h);
	}

	static KpiFigures none(String key, String label) {
		Spread none = new Spread(null, null);
		return new KpiFigures(key, label, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, null, null, null, 0, 0, null, 0, 0, null,
				none, none, none, 0, 0);
	}

}
