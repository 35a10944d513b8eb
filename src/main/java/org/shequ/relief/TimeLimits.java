package org.shequ.relief;

import java.time.Duration;
import java.time.Instant;

import org.shequ.intake.Case;
import org.shequ.intake.ResolutionDeadline;
import org.shequ.system.ShequClock;
import org.shequ.system.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The relief time limits. While the applicant is asked for missing documents the clock stops: on
 * arrival the case's resolution deadline moves by the working days spent waiting (or by the time spent,
 * for a limit in hours or days), and so does the 低保 limit, which counts from registration without the
 * pauses.
 */
@Component
class TimeLimits {

	private final WorkingCalendar calendar;

	private final ResolutionDeadline resolution;

	private final ReliefProperties properties;

	private final ShequClock clock;

	TimeLimits(WorkingCalendar calendar, ResolutionDeadline resolution, ReliefProperties properties, ShequClock clock) {
		this.calendar = calendar;
		this.resolution = resolution;
		this.properties = properties;
		this.clock = clock;
	}

	void resume(ReliefApplication application, Case kase, Instant now, String actor) {
		if (!application.isPaused()) {
			return;
		}
		Instant since = application.getPausedSince();
		int workingDays = calendar.workingDaysBetween(since, now);
		long seconds = Duration.between(since, now).getSeconds();
		application.resume(workingDays, seconds);
		Instant current = kase.getResolveBy();
		if (current == null || kase.isResolved()) {
			return;
		}
		boolean inWorkingDays = kase.getResolveWithin() != null && kase.getResolveWithin().endsWith("WD");
		Instant moved = inWorkingDays ? calendar.plusWorkingDays(current, workingDays) : current.plusSeconds(seconds);
		if (!moved.equals(current)) {
			resolution.moveTo(kase, moved, actor, "等待补交材料期间（" + clock.display(since) + " 至 " + clock.display(now)
					+ "，" + (inWorkingDays ? workingDays + "个工作日" : Duration.ofSeconds(seconds).toHours() + "小时")
					+ "）暂停计时");
		}
	}

	/** The 低保 limit: so many working days after registration, not counting the pauses. */
	Instant dibaoDueBy(ReliefApplication application, int workingDays) {
		return calendar.plusWorkingDays(application.getRegisteredAt(), workingDays + application.getPausedWorkingDays());
	}

	Instant dibaoDueBy(ReliefApplication application) {
		return dibaoDueBy(application, properties.dibaoWorkingDays());
	}

	Instant extendedDibaoDueBy(ReliefApplication application) {
		return dibaoDueBy(application, properties.dibaoExtendedWorkingDays());
	}

	Instant extensionOfferedAt(ReliefApplication application) {
		return dibaoDueBy(application, properties.extensionOfferedAfter());
	}

	Instant refusalNoticeDueBy(Instant decidedAt) {
		return calendar.plusWorkingDays(decidedAt, properties.refusalNoticeWorkingDays());
	}

}
