package org.shequ.roster;

import java.util.Comparator;
import java.util.List;

import org.shequ.community.CommunityRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and replaces a community's on-call roster. The community's staff (and auditors) read it; only
 * its secretary replaces it, always as a whole week that {@link RosterPlan} has checked.
 */
@Service
class RosterService {

	private static final Logger log = LoggerFactory.getLogger(RosterService.class);

	private final RosterShiftRepository shifts;

	private final CommunityRepository communities;

	private final StaffDirectory staff;

	private final StaffNames names;

	RosterService(RosterShiftRepository shifts, CommunityRepository communities, StaffDirectory staff,
			StaffNames names) {
		this.shifts = shifts;
		this.communities = communities;
		this.staff = staff;
		this.names = names;
	}

	@Transactional(readOnly = true)
	RosterViews.Roster roster(String community, CurrentUser user) {
		requireKnown(community);
		user.requireRead(community);
		return view(community, shifts.findByCommunityIdOrderByStartMinute(community));
	}

	@Transactional
	RosterViews.Roster replace(String community, RosterViews.Roster roster, CurrentUser user) {
		requireKnown(community);
		user.requireSupervise(community);
		if (roster.community() != null && !roster.community().equals(community)) {
			throw new InvalidRequestException("community", "must be " + community + " or left out");
		}
		List<RosterShift> plan = RosterPlan.check(community, roster.shifts(), u -> staff.isCaseworkerOf(u, community));
		shifts.deleteByCommunityId(community);
		shifts.flush();
		List<RosterShift> saved = shifts.saveAll(plan);
		log.info("on-call roster of {} replaced by {}: {} shifts", community, user.id(), saved.size());
		return view(community, saved);
	}

	private void requireKnown(String community) {
		if (!communities.existsById(community)) {
			throw new NotFoundException("no community " + community.substring(0, Math.min(40, community.length())));
		}
	}

	private RosterViews.Roster view(String community, List<RosterShift> week) {
		return new RosterViews.Roster(community, week.stream()
			.sorted(Comparator.comparingInt(RosterShift::getStartMinute))
			.map(s -> new RosterViews.Shift(s.getUserId(), names.nameOf(s.getUserId()),
					WeekTime.dayOf(s.getStartMinute()).name(), WeekTime.timeOf(s.getStartMinute()),
					WeekTime.dayOf(s.getEndMinute()).name(), WeekTime.timeOf(s.getEndMinute())))
			.toList());
	}

}
