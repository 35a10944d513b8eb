package org.shequ.repair;

import java.util.Date;

import org.shequ.system.ShequClock;
import org.shequ.system.WorkingCalendar;
import org.springframework.stereotype.Component;

/** Dates for the model's timers, e.g. {@code ${repairSchedule.nextReminder()}}. */
@Component("repairSchedule")
public class RepairSchedule {

	private final WorkingCalendar calendar;

	private final ShequClock clock;

	private final RepairProperties properties;

	RepairSchedule(WorkingCalendar calendar, ShequClock clock, RepairProperties properties) {
		this.calendar = calendar;
		this.clock = clock;
		this.properties = properties;
	}

	/** When an unacknowledged referral is chased next: a few working days from now. */
	public Date nextReminder() {
		return Date.from(calendar.plusWorkingDays(clock.now(), properties.reminderWorkingDays()));
	}

}
