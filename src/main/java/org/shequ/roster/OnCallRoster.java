package org.shequ.roster;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;

/** Who is on call (值班干部) for a community at a given moment. */
@Service
public class OnCallRoster {

	private final RosterShiftRepository shifts;

	private final ShequClock clock;

	public OnCallRoster(RosterShiftRepository shifts, ShequClock clock) {
		this.shifts = shifts;
		this.clock = clock;
	}

	public Optional<String> onCallAt(String communityId, Instant at) {
		int minute = minuteOfWeek(at);
		return shifts.findByCommunityIdOrderByStartMinute(communityId)
			.stream()
			.filter(s -> s.covers(minute))
			.map(RosterShift::getUserId)
			.findFirst();
	}

	/** The cadre of the next shift with a different person, to be asked when the first does not answer. */
	public Optional<String> nextOnCallAfter(String communityId, Instant at) {
		List<RosterShift> week = shifts.findByCommunityIdOrderByStartMinute(communityId);
		Optional<String> current = onCallAt(communityId, at);
		int minute = minuteOfWeek(at);
		return week.stream()
			.filter(s -> current.isEmpty() || !s.getUserId().equals(current.get()))
			.min((a, b) -> Integer.compare(distance(minute, a.getStartMinute()), distance(minute, b.getStartMinute())))
			.map(RosterShift::getUserId);
	}

	private static int distance(int from, int to) {
		int d = to - from;
		return d <= 0 ? d + RosterShift.MINUTES_PER_WEEK : d;
	}

	public int minuteOfWeek(Instant at) {
		ZonedDateTime local = at.atZone(clock.zone());
		return (local.getDayOfWeek().getValue() - 1) * 24 * 60 + local.getHour() * 60 + local.getMinute();
	}

}
