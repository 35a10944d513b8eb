package org.shequ.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.shequ.community.Grid;
import org.shequ.community.GridRepository;
import org.shequ.followup.Callbacks;
import org.shequ.followup.Satisfaction;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.intake.Category;
import org.shequ.intake.Channel;
import org.shequ.intake.Deadlines;
import org.shequ.intake.PastCases;
import org.shequ.system.ShequClock;
import org.shequ.system.ShequProperties;
import org.shequ.system.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of generated, closed cases for the demo, so the supervisor dashboard has something to show on
 * the first start: a realistic mix of categories, most answered in time, some late responses and
 * resolutions, some residents not reached or not satisfied, some cases reopened. Every case is marked
 * {@code demo}; none has a process, none sends a message, and all are written through JPA, so the audit
 * chain records them. Seeded once, after the demo people (their grid workers work the cases).
 */
@Component
@Order(25)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** Category mix, in per cent: about what a committee hears in a year. */
	private static final Map<Category, Integer> MIX = Map.of(Category.SANITATION, 24, Category.REPAIR, 24,
			Category.CONSULTATION, 16, Category.DISPUTE, 14, Category.RELIEF, 7, Category.OTHER, 15);

	/** Workers differ: the chance that one of their cases runs late, in per cent. */
	private static final Map<String, Integer> LATENESS = Map.of("hhbgrid1", 4, "hhbgrid2", 12, "jfqgrid1", 5,
			"jfqgrid2", 8, "mzjgrid1", 3, "mzjgrid2", 15);

	private final ShequProperties properties;

	private final DemoHistoryProperties history;

	private final CaseRepository cases;

	private final PastCases past;

	private final Callbacks callbacks;

	private final Deadlines deadlines;

	private final WorkingCalendar calendar;

	private final GridRepository grids;

	private final ShequClock clock;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	DemoHistory(ShequProperties properties, DemoHistoryProperties history, CaseRepository cases, PastCases past,
			Callbacks callbacks, Deadlines deadlines, WorkingCalendar calendar, GridRepository grids, ShequClock clock,
			PlatformTransactionManager transactions, JdbcTemplate jdbc) {
		this.properties = properties;
		this.history = history;
		this.cases = cases;
		this.past = past;
		this.callbacks = callbacks;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.grids = grids;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || !history.enabled() || cases.existsByDemoTrue()) {
			return;
		}
		long started = System.nanoTime();
		Integer seeded = transaction.execute(status -> seed());
		log.info("demo history: {} generated cases over {} months in {} ms", seeded, history.months(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private int seed() {
		// two nodes starting together on a new database: the second waits here, then finds the history there
		jdbc.queryForList("select id from community order by id for update");
		if (cases.existsByDemoTrue()) {
			return 0;
		}
		Random random = new Random(history.seed());
		Instant now = clock.now();
		Instant end = now.minus(Duration.ofDays(2));
		ZoneId zone = clock.zone();
		LocalDate firstMonth = now.atZone(zone).toLocalDate().withDayOfMonth(1).minusMonths(history.months() - 1);
		List<Story> stories = new ArrayList<>();
		for (Grid grid : grids.findAll().stream().sorted(Comparator.comparing(Grid::getId)).toList()) {
			if (grid.getWorkerId() == null) {
				continue;
			}
			for (int month = 0; month < history.months(); month++) {
				Instant from = firstMonth.plusMonths(month).atStartOfDay(zone).toInstant();
				Instant to = firstMonth.plusMonths(month + 1).atStartOfDay(zone).toInstant();
				if (to.isAfter(end)) {
					to = end;
				}
				if (!from.isBefore(to)) {
					continue;
				}
				// half a community's cases per grid, a little more as the year goes on
				int count = (int) Math.round(history.casesPerMonth() / 2.0 * (0.8 + 0.3 * random.nextDouble() + month * 0.01)
						* Duration.between(from, to).toHours() / (24 * 30.0));
				for (int i = 0; i < count; i++) {
					stories.add(Story.of(grid, month, within(from, to, zone, random), random));
				}
			}
		}
		stories.sort(Comparator.comparing(Story::receivedAt));
		List<Case> received = past.receive(stories.stream().map(Story::received).toList(), true);
		for (int i = 0; i < stories.size(); i++) {
			walk(stories.get(i), received.get(i), now, random);
		}
		return stories.size();
	}

	/** A time of receipt: mostly office hours, some evenings and nights (disputes keep no hours). */
	private static Instant within(Instant from, Instant to, ZoneId zone, Random random) {
		Instant at = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).getSeconds()));
		int hour = at.atZone(zone).getHour();
		if ((hour < 8 || hour >= 20) && random.nextInt(100) < 70) {
			Instant daytime = at.atZone(zone).withHour(8 + random.nextInt(12)).toInstant();
			if (!daytime.isBefore(from) && daytime.isBefore(to)) {
				return daytime;
			}
		}
		return at;
	}

	/** Takes the case from receipt to closure, each step at its time; never past the present. */
	private void walk(Story story, Case kase, Instant now, Random random) {
		Instant receivedAt = story.receivedAt();
		Instant respondBy = receivedAt.plus(Duration.parse(story.respondWithin()));
		Instant resolveBy = deadlines.after(receivedAt, story.resolveWithin());
		kase.applyTriage(story.track(), story.timeClass(), story.resolveWithin(), story.urgent() ? "oncall" : "grid",
				respondBy, resolveBy);
		kase.dispatchTo(story.worker());
		boolean lateResponse = random.nextInt(100) < story.lateness();
		boolean lateResolution = random.nextInt(100) < story.lateness() + 3;
		Duration limit = Duration.between(receivedAt, respondBy);
		Duration toRespond = lateResponse ? fraction(limit, 1.1, 2.5, random) : fraction(limit, 0.05, 0.9, random);
		Duration toResolve = lateResolution ? fraction(Duration.between(receivedAt, resolveBy), 1.05, 1.6, random)
				: fraction(Duration.between(receivedAt, resolveBy), 0.15, 0.9, random);
		if (toResolve.compareTo(toRespond) <= 0) {
			toResolve = toRespond.plusHours(2);
		}
		Duration toCallback = Duration.ofHours(6 + random.nextInt(60));
		Duration toClose = toResolve.plus(toCallback).plus(Duration.ofDays(5));
		Duration room = Duration.between(receivedAt, now.minus(Duration.ofHours(1)));
		double squeeze = toClose.compareTo(room) > 0 ? (double) room.toSeconds() / toClose.toSeconds() : 1.0;
		Instant respondedAt = receivedAt.plus(scaled(toRespond, squeeze));
		Instant resolvedAt = receivedAt.plus(scaled(toResolve, squeeze));
		Instant calledAt = resolvedAt.plus(scaled(toCallback, squeeze));
		Duration step = scaled(Duration.ofDays(1), squeeze);

		kase.recordResponse(story.worker(), respondedAt);
		kase.resolve(story.outcome(random), "【演示数据】已办结：" + kase.getTitle(), story.worker(), resolvedAt);
		kase.countResolutionWorkingDays(calendar);
		cases.save(kase);

		String caller = story.caller();
		int attempt = 1;
		int unreachable = 10;
		while (random.nextInt(100) < unreachable) {
			unreachable = 35;
			callbacks.unreached(kase, attempt, "【演示数据】电话无人接听", caller, calledAt);
			calledAt = calledAt.plus(step);
			if (++attempt > properties.callbackAttempts()) {
				kase.close(caller, calledAt, properties.callbackAttempts() + "次回访均未联系上居民，按规定结案");
				return;
			}
		}
		Satisfaction verdict = callback(kase, attempt, story, lateResponse, lateResolution, caller, calledAt, random);
		if (verdict == Satisfaction.DISSATISFIED && random.nextInt(100) < 60) {
			Instant reopenedAt = calledAt.plus(step.dividedBy(2));
			kase.reopen(deadlines.after(reopenedAt, story.resolveWithin()));
			Instant resolvedAgain = reopenedAt.plus(step);
			kase.resolve("resolved", "【演示数据】重新办理后办结：" + kase.getTitle(), story.worker(), resolvedAgain);
			calledAt = resolvedAgain.plus(step);
			Satisfaction again = callback(kase, 1, story, false, false, caller, calledAt, random);
			close(kase, again, caller, story.supervisor(), calledAt, step);
		}
		else {
			close(kase, verdict, caller, story.supervisor(), calledAt, step);
		}
	}

	private static void close(Case kase, Satisfaction verdict, String caller, String supervisor, Instant calledAt,
			Duration step) {
		if (verdict == Satisfaction.DISSATISFIED) {
			kase.close(supervisor, calledAt.plus(step.dividedBy(2)), "居民不满意，经书记复核结案：已按政策答复");
		}
		else {
			kase.close(caller, calledAt, "回访" + verdict.label() + "，结案");
		}
	}

	private Satisfaction callback(Case kase, int attempt, Story story, boolean lateResponse, boolean lateResolution,
			String caller, Instant calledAt, Random random) {
		boolean contacted = random.nextInt(100) < (lateResponse ? 85 : 97);
		boolean solved = random.nextInt(100) < (lateResolution ? 72 : 92);
		// residents grow a little more content over the year; unsolved or late cases much less
		int dissatisfied = (solved ? 12 - story.month() / 2 : 50) + (lateResolution ? 10 : 0);
		int roll = random.nextInt(100);
		Satisfaction verdict = roll < dissatisfied ? Satisfaction.DISSATISFIED
				: roll < dissatisfied + 22 ? Satisfaction.FAIRLY_SATISFIED : Satisfaction.SATISFIED;
		callbacks.reached(kase, attempt, contacted, solved, verdict, "【演示数据】回访记录", caller, calledAt);
		return verdict;
	}

	private static Duration fraction(Duration limit, double low, double high, Random random) {
		return scaled(limit, low + (high - low) * random.nextDouble());
	}

	private static Duration scaled(Duration duration, double factor) {
		return Duration.ofSeconds(Math.max(60, Math.round(duration.toSeconds() * factor)));
	}

	/** One generated case before it is numbered: who, what, and how its worker tends to do. */
	private record Story(PastCases.Received received, int month, boolean urgent, String track, String timeClass,
			String respondWithin, String resolveWithin, String worker, String caller, String supervisor,
			int lateness) {

		Instant receivedAt() {
			return received.receivedAt();
		}

		static Story of(Grid grid, int month, Instant at, Random random) {
			Category category = pick(random);
			boolean urgent = switch (category) {
				case DISPUTE -> random.nextInt(100) < 50;
				case REPAIR -> random.nextInt(100) < 10;
				case RELIEF -> false;
				default -> random.nextInt(100) < 2;
			};
			String community = grid.getCommunityId();
			String code = grid.getWorkerId().substring(0, 3);
			String worker = grid.getWorkerId();
			String colleague = worker.endsWith("1") ? code + "grid2" : code + "grid1";
			String title = DemoNeeds.title(category, random);
			PastCases.Received received = new PastCases.Received(community, grid.getId(), category, urgent,
					Channel.values()[random.nextInt(Channel.values().length)], title, DemoNeeds.description(title),
					DemoNeeds.reporter(random), DemoNeeds.phone(random), DemoNeeds.address(community, random), at,
					worker);
			String track = switch (category) {
				case DISPUTE -> "dispute-mediation";
				case RELIEF -> "relief-application";
				case REPAIR -> "repair-referral";
				default -> "general-handling";
			};
			String timeClass = urgent ? "urgent"
					: switch (category) {
						case RELIEF -> "complex";
						case REPAIR -> "utilities";
						case DISPUTE -> "dispute";
						default -> "general";
					};
			String respondWithin = urgent ? "PT1H" : "PT24H";
			String resolveWithin = urgent ? "PT24H" : category == Category.RELIEF ? "15WD" : "P7D";
			return new Story(received, month, urgent, track, timeClass, respondWithin, resolveWithin, worker, colleague,
					code + "sup", LATENESS.getOrDefault(worker, 8));
		}

		private static Category pick(Random random) {
			int roll = random.nextInt(100);
			for (Category category : Category.values()) {
				roll -= MIX.getOrDefault(category, 0);
				if (roll < 0) {
					return category;
				}
			}
			return Category.OTHER;
		}

		String outcome(Random random) {
			return switch (track) {
				case "dispute-mediation" -> random.nextInt(100) < 80 ? "agreement" : "referred";
				case "relief-application" -> random.nextInt(100) < 70 ? "relief-granted" : "relief-refused";
				default -> "resolved";
			};
		}

	}

}
