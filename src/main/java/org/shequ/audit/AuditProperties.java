package org.shequ.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit settings (prefix {@code shequ.audit}).
 *
 * @param retentionYears how long the engine keeps the history of a finished case before the history
 * cleanup removes it; applied to every deployed process and decision as its history time-to-live
 */
@ConfigurationProperties("shequ.audit")
public record AuditProperties(Integer retentionYears) {

	public AuditProperties {
		if (retentionYears == null) {
			retentionYears = 10;
		}
		if (retentionYears < 1 || retentionYears > 100) {
			throw new IllegalArgumentException("shequ.audit.retention-years must be between 1 and 100, not "
					+ retentionYears);
		}
	}

	/** The history time-to-live in days, as the engine takes it: 365 days a year (10 years: 3650, as in the models). */
	public int retentionDays() {
		return retentionYears * 365;
	}

}
