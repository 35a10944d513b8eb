package org.shequ.kpi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.shequ.followup.Callbacks;
import org.shequ.followup.Satisfaction;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.intake.Category;
import org.shequ.intake.Channel;
import org.shequ.intake.Deadlines;
import org.shequ.intake.PastCases;
import org.shequ.support.TestCases;
import org.shequ.system.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small data set in Mozijing, January to March 2024 (a period no other test files cases in), whose
 * every KPI figure is worked out by hand in {@link KpiArithmeticTest}. Written through the same entity
 * methods as the tracks use, so the figures are filled as they are in production. "Now" for open cases
 * is {@link #NOW}.
 */
@Component
class HandMadeCases {

	static final String COMMUNITY = "mozijing";

	static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 20, 10, 0);

	private final PastCases past;

	private final CaseRepository cases;

	private final Callbacks callbacks;

	private final Deadlines deadlines;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	HandMadeCases(PastCases past, CaseRepository cases, Callbacks callbacks, Deadlines deadlines,
			WorkingCalendar calendar, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.past = past;
		this.cases = cases;
		this.callbacks = callbacks;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Once per database: later test classes sharing it find the cases there. */
	synchronized void ensure() {
		Integer there = jdbc.queryForObject("select count(*) from shequ_case where community_id = ? and received_at < ?",
				Integer.class, COMMUNITY, at(2024, 4, 1, 0, 0));
		if (there == 0) {
			transaction.executeWithoutResult(status -> write());
		}
	}

	private void write() {
		// A: answered and resolved in time, callback satisfied, closed
		Case a = received("mzj-1", Category.SANITATION, false, at(2024, 1, 10, 9, 0), "mzjgrid1");
		triage(a, false, "P7D");
		a.recordResponse("mzjgrid1", at(2024, 1, 10, 11, 0));
		a.resolve("resolved", "已清理", "mzjgrid1", at(2024, 1, 12, 9, 0));
		cases.save(a);
		callbacks.reached(a, 1, true, true, Satisfaction.SATISFIED, null, "mzjgrid2", at(2024, 1, 13, 9, 0));
		a.close("mzjgrid2", at(2024, 1, 13, 9, 0), "回访满意，结案");

		// B: urgent, late response and resolution, not reached once, then unsolved and dissatisfied: reopened
		Case b = received("mzj-2", Category.DISPUTE, true, at(2024, 1, 15, 10, 0), "mzjgrid2");
		triage(b, true, "PT24H");
		b.recordResponse("mzjgrid2", at(2024, 1, 15, 12, 0));
		b.resolve("agreement", "达成协议", "mzjgrid2", at(2024, 1, 17, 10, 0));
		cases.save(b);
		callbacks.unreached(b, 1, "无人接听", "mzjgrid1", at(2024, 1, 18, 9, 0));
		callbacks.reached(b, 2, true, false, Satisfaction.DISSATISFIED, null, "mzjgrid1", at(2024, 1, 19, 9, 0));
		b.reopen(deadlines.after(at(2024, 1, 19, 10, 0), "PT24H"));
		b.resolve("agreement", "重新调解", "mzjgrid2", at(2024, 1, 19, 20, 0));
		callbacks.reached(b, 1, true, true, Satisfaction.FAIRLY_SATISFIED, null, "mzjgrid1", at(2024, 1, 20, 9, 0));
		b.close("mzjgrid1", at(2024, 1, 20, 9, 0), "回访基本满意，结案");

		// C: received on the last evening of January, answered and resolved in February, not called back yet
		Case c = received("mzj-1", Category.REPAIR, false, at(2024, 1, 31, 23, 0), "mzjgrid1");
		triage(c, false, "P7D");
		c.recordResponse("mzjgrid1", at(2024, 2, 1, 8, 0));
		c.resolve("resolved", "已修复", "mzjgrid1", at(2024, 2, 5, 23, 0));
		cases.save(c);

		// D: relief, 15 working days; answered exactly at the deadline; resolved after 11 working days
		Case d = received("mzj-1", Category.RELIEF, false, at(2024, 2, 5, 9, 0), "mzjgrid1");
		triage(d, false, "15WD");
		d.recordResponse("mzjgrid1", at(2024, 2, 6, 9, 0));
		d.resolve("relief-granted", "已批准临时救助", "mzjgrid1", at(2024, 2, 20, 15, 0));
		d.countResolutionWorkingDays(calendar);
		cases.save(d);
		callbacks.reached(d, 1, false, true, Satisfaction.SATISFIED, null, "mzjgrid2", at(2024, 2, 21, 9, 0));
		d.close("mzjgrid2", at(2024, 2, 21, 9, 0), "回访满意，结案");

		// E: open, nobody responded, response deadline passed an hour before NOW
		Case e = received("mzj-1", Category.OTHER, false, at(2024, 3, 19, 9, 0), "mzjgrid1");
		triage(e, false, "P7D");
		cases.save(e);

		// F: open, response deadline within 24 hours of NOW
		Case f = received("mzj-1", Category.CONSULTATION, false, at(2024, 3, 20, 8, 0), "mzjgrid1");
		triage(f, false, "P7D");
		cases.save(f);

		// G: open, answered in an hour, resolution deadline passed
		Case g = received("mzj-1", Category.SANITATION, false, at(2024, 3, 1, 9, 0), "mzjgrid1");
		triage(g, false, "P7D");
		g.recordResponse("mzjgrid1", at(2024, 3, 1, 10, 0));
		cases.save(g);
	}

	private Case received(String grid, Category category, boolean urgent, Instant at, String worker) {
		Case kase = past.receive(List.of(new PastCases.Received(COMMUNITY, grid, category, urgent, Channel.PHONE,
				"手工数据：" + category.label(), "KPI 手工数据集", "测试居民", "13900003333", null, at, worker)), false).get(0);
		kase.dispatchTo(worker);
		return kase;
	}

	private void triage(Case kase, boolean urgent, String resolveWithin) {
		Instant received = kase.getReceivedAt();
		kase.applyTriage("general-handling", urgent ? "urgent" : "general", resolveWithin, urgent ? "oncall" : "grid",
				deadlines.after(received, urgent ? "PT1H" : "PT24H"), deadlines.after(received, resolveWithin));
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TestCases.BEIJING).toInstant();
	}

}
