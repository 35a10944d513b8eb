package org.shequ.repair;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the API shows of a case in the repair track. */
final class RepairViews {

	private RepairViews() {
	}

	record Repair(String trackingNumber, AssetRef asset, String need, Boolean insideHome, Boolean vulnerable,
			String responsibleParty, String nextParty, String timeLimit, Boolean volunteerTeam, String route,
			String currentBody, String linkedTo, List<String> linkedCases, List<Flag> duplicateFlags,
			List<ReferralView> referrals, List<Visit> visits) {
	}

	record AssetRef(Long id, String name, String type, String ownerKind, String ownerName, String managerName) {
	}

	record Flag(String trackingNumber, String reason) {
	}

	record ReferralView(String letterNumber, String letterUrl, String party, String bodyKind, String bodyName,
			String status, String statusLabel, String timeLimit, OffsetDateTime issuedAt, String issuedBy,
			OffsetDateTime dueBy, OffsetDateTime deliveredAt, String deliveredTo, OffsetDateTime acknowledgedAt,
			OffsetDateTime completedAt, OffsetDateTime declinedAt, String declineReason, int reminders,
			List<Event> events) {

		static ReferralView of(String trackingNumber, Referral r, List<ReferralEvent> events, ZoneId zone) {
			return new ReferralView(r.getLetterNumber(), RepairViews.letterUrl(trackingNumber, r), r.getParty(), r.getBodyKind(),
					r.getBodyName(), r.getStatus().name(), r.getStatus().label(), r.getTimeLimit(), at(r.getIssuedAt(), zone),
					r.getIssuedBy(), at(r.getDueBy(), zone), at(r.getDeliveredAt(), zone), r.getDeliveredTo(),
					at(r.getAcknowledgedAt(), zone), at(r.getCompletedAt(), zone), at(r.getDeclinedAt(), zone),
					r.getDeclineReason(), r.getReminders(),
					events.stream()
						.map(e -> new Event(e.getKind().name(), e.getKind().label(), at(e.getRecordedAt(), zone),
								e.getRecordedBy(), e.getContactName(), e.getNote()))
						.toList());
		}

	}

	record Event(String kind, String kindLabel, OffsetDateTime at, String by, String contactName, String note) {
	}

	record Visit(int visitNumber, String status, String statusLabel, List<String> offeredSlots, String volunteer,
			OffsetDateTime slotStart, OffsetDateTime visitedAt, String workDone, String partsUsed, Integer minutesSpent,
			Boolean anotherVisit) {

		static Visit of(VolunteerVisit v, ZoneId zone) {
			return new Visit(v.getVisitNumber(), v.getStatus().name(), v.getStatus().label(),
					v.slots().stream().map(Object::toString).toList(), v.getVolunteerId(), at(v.getSlotStart(), zone),
					at(v.getVisitedAt(), zone), v.getWorkDone(), v.getPartsUsed(), v.getMinutesSpent(),
					v.getAnotherVisit());
		}

	}

	static String letterUrl(String trackingNumber, Referral referral) {
		return "/api/cases/" + trackingNumber + "/referrals/" + referral.getLetterNumber() + "/letter";
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

}
