package org.shequ.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.shequ.system.PersonalData;

/** What the API shows of a case: a summary for lists (phone masked), the whole record for one case. */
final class CaseViews {

	private CaseViews() {
	}

	record Summary(String trackingNumber, String community, String grid, String category, String categoryLabel,
			boolean urgent, String title, String status, String statusLabel, String track, String assignee,
			String reporterName, String reporterPhone, OffsetDateTime receivedAt, OffsetDateTime respondBy,
			OffsetDateTime resolveBy) {

		static Summary of(Case c, ZoneId zone) {
			return new Summary(c.getTrackingNumber(), c.getCommunityId(), c.getGridId(), c.getCategory().code(),
					c.getCategory().label(), c.isUrgent(), c.getTitle(), c.getStatus().name(), c.getStatus().label(),
					c.getTrack(), c.getAssignee(), c.getReporterName(), PersonalData.maskPhone(c.getReporterPhone()),
					at(c.getReceivedAt(), zone), at(c.getRespondBy(), zone), at(c.getResolveBy(), zone));
		}

	}

	record Detail(String trackingNumber, String community, String grid, String category, String categoryLabel,
			boolean urgent, String channel, String title, String description, String reporterName,
			String reporterPhone, String address, String status, String statusLabel, String track, String timeClass,
			String assignee, String receivedBy, OffsetDateTime receivedAt, OffsetDateTime respondBy,
			OffsetDateTime resolveBy, OffsetDateTime respondedAt, String respondedBy, OffsetDateTime resolvedAt,
			String resolvedBy, String outcome, String outcomeSummary, OffsetDateTime closedAt, String closedBy,
			String closeReason, int reopenCount, String processInstanceId, List<Step> log) {

		static Detail of(Case c, List<CaseLog> log, ZoneId zone) {
			return new Detail(c.getTrackingNumber(), c.getCommunityId(), c.getGridId(), c.getCategory().code(),
					c.getCategory().label(), c.isUrgent(), c.getChannel().code(), c.getTitle(), c.getDescription(),
					c.getReporterName(), c.getReporterPhone(), c.getAddress(), c.getStatus().name(),
					c.getStatus().label(), c.getTrack(), c.getTimeClass(), c.getAssignee(), c.getReceivedBy(),
					at(c.getReceivedAt(), zone), at(c.getRespondBy(), zone), at(c.getResolveBy(), zone),
					at(c.getRespondedAt(), zone), c.getRespondedBy(), at(c.getResolvedAt(), zone), c.getResolvedBy(),
					c.getOutcome(), c.getOutcomeSummary(), at(c.getClosedAt(), zone), c.getClosedBy(),
					c.getCloseReason(), c.getReopenCount(), c.getProcessInstanceId(),
					log.stream().map(l -> new Step(l.getKind(), at(l.getAt(), zone), l.getActor(), l.getDetail())).toList());
		}

	}

	record Step(String kind, OffsetDateTime at, String actor, String detail) {
	}

	record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

}
