package org.shequ.repair;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the repair track (prefix {@code shequ.repair}).
 *
 * @param reminderWorkingDays working days between reminders while a body has not acknowledged a referral
 * @param duplicateWindow how far back a similar address counts as the same problem (the same asset always does)
 * @param weekendsOffered how many coming weekends the volunteer team's slots are offered for
 * @param departments names of the municipal departments that {@code repair-responsibility.dmn} can name
 * (e.g. {@code urban-construction}), as they appear on referral letters
 */
@ConfigurationProperties("shequ.repair")
public record RepairProperties(int reminderWorkingDays, Duration duplicateWindow, int weekendsOffered,
		Map<String, String> departments) {

	public RepairProperties {
		if (reminderWorkingDays <= 0) {
			reminderWorkingDays = 2;
		}
		if (duplicateWindow == null) {
			duplicateWindow = Duration.ofDays(14);
		}
		if (weekendsOffered <= 0) {
			weekendsOffered = 2;
		}
		departments = departments == null ? Map.of() : Map.copyOf(departments);
	}

}
