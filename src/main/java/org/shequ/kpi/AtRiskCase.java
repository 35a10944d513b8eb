package org.shequ.kpi;

import java.time.OffsetDateTime;

/**
 * An open case past or within 24 hours of its next deadline: the response deadline while nobody has
 * responded, else the resolution deadline. {@code taskId} opens its current task in Tasklist.
 */
record AtRiskCase(String trackingNumber, String title, String category, String categoryLabel, String community,
		String grid, String assignee, String status, String statusLabel, String deadlineKind,
		OffsetDateTime deadline, boolean overdue, String taskId) {

	AtRiskCase withTask(String taskId) {
		return new AtRiskCase(trackingNumber, title, category, categoryLabel, community, grid, assignee, status,
				statusLabel, deadlineKind, deadline, overdue, taskId);
	}

}
