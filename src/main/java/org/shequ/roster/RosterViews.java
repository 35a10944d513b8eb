package org.shequ.roster;

import java.util.List;

/**
 * The on-call roster as the API shows and takes it: one line per shift, from a day and time to a day
 * and time of the week (Beijing time). What GET answers can be edited and sent back with PUT.
 */
final class RosterViews {

	private RosterViews() {
	}

	record Roster(String community, List<Shift> shifts) {
	}

	/** {@code name} is shown on GET and ignored on PUT. */
	record Shift(String userId, String name, String startDay, String startTime, String endDay, String endTime) {
	}

}
