package org.shequ.demo;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.community.Grid;
import org.shequ.community.GridRepository;
import org.shequ.roster.RosterShift;
import org.shequ.roster.RosterShiftRepository;
import org.shequ.security.Roles;
import org.shequ.system.ShequProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo people (all invented), grid workers and an on-call roster for every hour of the week, seeded
 * once when {@code shequ.demo=true}. Every demo password is {@code demo}.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	/** Per community code: secretary, grid worker 1, grid worker 2 — invented names. */
	private static final List<List<String>> COMMUNITY_STAFF = List.of(
			List.of("HHB", "周", "淑芬", "李", "建国", "王", "秀兰"),
			List.of("JFQ", "陈", "立新", "刘", "海燕", "赵", "志强"),
			List.of("MZJ", "孙", "桂英", "吴", "国平", "郑", "晓梅"));

	private final ShequProperties properties;

	private final IdentityService identity;

	private final CommunityRepository communities;

	private final GridRepository grids;

	private final RosterShiftRepository roster;

	private final DemoCases cases;

	DemoData(ShequProperties properties, IdentityService identity, CommunityRepository communities,
			GridRepository grids, RosterShiftRepository roster, DemoCases cases) {
		this.properties = properties;
		this.identity = identity;
		this.communities = communities;
		this.grids = grids;
		this.roster = roster;
		this.cases = cases;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo()) {
			return;
		}
		for (Community community : communities.findAll()) {
			List<String> names = COMMUNITY_STAFF.stream()
				.filter(n -> n.get(0).equals(community.getCode()))
				.findFirst()
				.orElse(null);
			if (names == null) {
				continue;
			}
			String code = community.getCode().toLowerCase();
			user(code + "sup", names.get(1), names.get(2), Roles.SUPERVISOR, community.getId());
			user(code + "grid1", names.get(3), names.get(4), Roles.CASEWORKER, community.getId());
			user(code + "grid2", names.get(5), names.get(6), Roles.CASEWORKER, community.getId());
			List<Grid> communityGrids = grids.findByCommunityIdOrderById(community.getId());
			for (int i = 0; i < communityGrids.size() && i < 2; i++) {
				Grid grid = communityGrids.get(i);
				if (grid.getWorkerId() == null) {
					grid.setWorkerId(code + "grid" + (i + 1));
				}
			}
			if (!roster.existsByCommunityId(community.getId())) {
				roster.saveAll(weekOfShifts(community.getId(), code + "grid1", code + "grid2"));
			}
		}
		user("auditor", "钱", "明", Roles.AUDITOR);
		user("streetoffice", "冯", "德华", Roles.STREET_OFFICE);
		user("civilaffairs", "何", "丽萍", Roles.CIVIL_AFFAIRS);
		user("volunteer1", "许", "卫东", Roles.VOLUNTEER);
		cases.seedOnce();
	}

	/** Day shifts 08:00–20:00 and night shifts 20:00–08:00, the two workers alternating. */
	static List<RosterShift> weekOfShifts(String community, String first, String second) {
		int day = 24 * 60;
		return IntStream.range(0, 7).boxed().flatMap(d -> {
			boolean even = d % 2 == 0;
			int dayStart = d * day + 8 * 60;
			int nightStart = d * day + 20 * 60;
			int nightEnd = ((d + 1) * day + 8 * 60) % RosterShift.MINUTES_PER_WEEK;
			return Stream.of(new RosterShift(community, even ? first : second, dayStart, nightStart),
					new RosterShift(community, even ? second : first, nightStart, nightEnd));
		}).toList();
	}

	private void user(String id, String lastName, String firstName, String... groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			// The webapps show "first last": family name first reads as a Chinese name does (刘 海燕).
			user.setFirstName(lastName);
			user.setLastName(firstName);
			user.setPassword(PASSWORD);
			user.setEmail(id + "@shequ.example");
			identity.saveUser(user);
		}
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

}
