package org.shequ.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.shequ.community.Community;
import org.shequ.system.ConflictException;
import org.shequ.system.ShequClock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking numbers {@code <CODE>-<yyyyMMdd>-<nnnn>}: per community and Beijing day, gap-free because
 * the counter moves in the same transaction as the case it numbers, and safe under concurrent intake
 * because that transaction holds the counter's row lock.
 */
@Component
class TrackingNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int DAILY_LIMIT = 9999;

	private final TrackingCounterRepository counters;

	private final TrackingCounterCreator creator;

	private final ShequClock clock;

	TrackingNumbers(TrackingCounterRepository counters, TrackingCounterCreator creator, ShequClock clock) {
		this.counters = counters;
		this.creator = creator;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(Community community, Instant at) {
		LocalDate day = at.atZone(clock.zone()).toLocalDate();
		TrackingCounter.Key key = new TrackingCounter.Key(community.getCode(), day);
		TrackingCounter counter = counters.lock(key).orElseGet(() -> createAndLock(key));
		int value = counter.next();
		if (value > DAILY_LIMIT) {
			throw new ConflictException(503, "community " + community.getId() + " has used all " + DAILY_LIMIT
					+ " tracking numbers of " + day);
		}
		return format(community.getCode(), day, value);
	}

	static String format(String communityCode, LocalDate day, int value) {
		return "%s-%s-%04d".formatted(communityCode, DAY.format(day), value);
	}

	private TrackingCounter createAndLock(TrackingCounter.Key key) {
		try {
			creator.create(key);
		}
		catch (DataIntegrityViolationException alreadyCreatedByAnotherIntake) {
			// the other transaction's row is there now; lock it below
		}
		return counters.lock(key).orElseThrow();
	}

}
