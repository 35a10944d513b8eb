package org.shequ.system;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Shequ's own settings (prefix {@code shequ}).
 *
 * @param demo seed demo users, roster and cases; {@code false} in production
 * @param zone the communities' time zone: tracking-number days, roster hours, working days
 * @param adminPassword the configured password of the Camunda {@code admin} user
 * @param callbackWithin how long after resolution the callback (回访) is due
 * @param callbackRetryAfter wait before calling an unreachable resident again (kept in the model too)
 * @param callbackAttempts calls before a case is closed as "resident unreachable"
 */
@ConfigurationProperties("shequ")
public record ShequProperties(boolean demo, ZoneId zone, String adminPassword, Duration callbackWithin,
		Duration callbackRetryAfter, int callbackAttempts) {

	public ShequProperties {
		if (zone == null) {
			zone = ZoneId.of("Asia/Shanghai");
		}
		if (callbackWithin == null) {
			callbackWithin = Duration.ofDays(3);
		}
		if (callbackRetryAfter == null) {
			callbackRetryAfter = Duration.ofDays(1);
		}
		if (callbackAttempts <= 0) {
			callbackAttempts = 3;
		}
	}

}
