package org.shequ.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One step in the history of a case. {@code chainSeq} is the hash-chain entry that proves it (null for
 * history older than the chain); {@code personalData} lists the paths ({@code summary},
 * {@code data.formValues.callbackNote}) that hold a resident's personal data, shown to auditors in full.
 */
public record TimelineEvent(Long chainSeq, OffsetDateTime at, String kind, String label, String user,
		String summary, String processDefinitionKey, Integer processDefinitionVersion, String processInstanceId,
		String activityId, String activityName, Map<String, Object> data, List<String> personalData) {

	/** What the timeline collects before it is ordered and its personal data marked. */
	record Draft(Instant at, String chainKey, String kind, String label, String user, String summary,
			String processInstanceId, String activityId, String activityName, Map<String, Object> data) {
	}

}
