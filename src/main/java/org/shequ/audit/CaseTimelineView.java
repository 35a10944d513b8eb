package org.shequ.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * GET /api/cases/{trackingNumber}/timeline: the case, every process instance that worked on it with
 * the model version it ran and the activities it passed (for the diagram), and every event in order.
 */
public record CaseTimelineView(Map<String, Object> kase, List<String> personalData, List<ProcessRun> processes,
		List<TimelineEvent> events) {

	public record ProcessRun(String processInstanceId, String superProcessInstanceId, String processDefinitionId,
			String processDefinitionKey, String processDefinitionName, Integer processDefinitionVersion,
			OffsetDateTime startTime, OffsetDateTime endTime, String state, List<Passed> activities) {
	}

	/** An activity of the model the case passed through, how often, and whether it is still open there. */
	public record Passed(String activityId, String activityType, int times, boolean active, boolean canceled) {
	}

}
