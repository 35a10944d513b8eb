package org.shequ.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shequ.community.CommunityRepository;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as they were received in the past, without a process: the demo's generated history and
 * hand-made data sets. Numbered day by day the way intake numbers them, with the same counters, so a
 * case filed later on one of those days still gets the next free number. For a single writer (a start
 * or a test), not for concurrent intake: the counters are not locked.
 */
@Component
public class PastCases {

	/** What intake would have been told, and when and by whom. */
	public record Received(String communityId, String gridId, Category category, boolean urgent, Channel channel,
			String title, String description, String reporterName, String reporterPhone, String address,
			Instant receivedAt, String receivedBy) {
	}

	private final CommunityRepository communities;

	private final TrackingCounterRepository counters;

	private final ShequClock clock;

	PastCases(CommunityRepository communities, TrackingCounterRepository counters, ShequClock clock) {
		this.communities = communities;
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * Numbered, not yet stored cases, in order of receipt: the caller walks each through its history with
	 * {@link Case}'s methods and saves it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Case> receive(List<Received> needs, boolean demo) {
		Map<String, String> codes = new HashMap<>();
		communities.findAll().forEach(c -> codes.put(c.getId(), c.getCode()));
		Map<TrackingCounter.Key, TrackingCounter> used = new HashMap<>();
		List<Case> received = new ArrayList<>();
		for (Received need : needs.stream().sorted(Comparator.comparing(Received::receivedAt)).toList()) {
			String code = codes.get(need.communityId());
			if (code == null) {
				throw new IllegalArgumentException("no community " + need.communityId());
			}
			LocalDate day = need.receivedAt().atZone(clock.zone()).toLocalDate();
			TrackingCounter counter = used.computeIfAbsent(new TrackingCounter.Key(code, day),
					key -> counters.findById(key).orElseGet(() -> counters.save(new TrackingCounter(key))));
			Case kase = new Case(TrackingNumbers.format(code, day, counter.next()), need.communityId(), need.gridId(),
					need.category(), need.urgent(), need.channel(), need.title(), need.description(),
					need.reporterName(), need.reporterPhone(), need.address(), need.receivedAt(), need.receivedBy());
			if (demo) {
				kase.markAsDemo();
			}
			received.add(kase);
		}
		return received;
	}

}
