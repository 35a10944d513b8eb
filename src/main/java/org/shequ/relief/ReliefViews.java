package org.shequ.relief;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The relief API's answer: every application of a case, newest first, with all it holds. */
final class ReliefViews {

	private ReliefViews() {
	}

	record Applications(String trackingNumber, String community, List<Application> applications) {
	}

	record Application(long id, String status, String statusLabel, OffsetDateTime registeredAt, String registeredBy,
			List<Member> members, int householdSize, BigDecimal totalIncome, BigDecimal perHeadIncome,
			BigDecimal localLine, String housing, boolean vehicle, BigDecimal savings, List<String> hardship,
			String hardshipNote, List<String> programmesAsked, List<String> eligibleProgrammes, String eligibilityBasis,
			String decisionDefinitionId, List<String> pursuedProgrammes, List<String> documentsIn,
			List<String> documentsMissing, List<Request> documentRequests, boolean paused, int pausedWorkingDays,
			OffsetDateTime dibaoDueBy, boolean dibaoExtended, String extensionReason, int noticeRound,
			List<Survey> surveys, List<LodgedObjection> objections, List<Decision> decisions, List<Partner> referrals,
			OffsetDateTime concludedAt) {
	}

	record Member(String name, String relationship, int age, BigDecimal monthlyIncome) {
	}

	record Request(String missing, String notice, OffsetDateTime requestedAt, OffsetDateTime dueBy,
			OffsetDateTime receivedAt, OffsetDateTime lapsedAt) {
	}

	record Survey(int round, boolean confirms, String findings, String surveyedBy, OffsetDateTime surveyedAt) {
	}

	record LodgedObjection(int noticeRound, String content, String objectorName, String objectorPhone, String lodgedBy,
			OffsetDateTime lodgedAt) {
	}

	record Decision(String kind, boolean approved, BigDecimal amount, String firstMonth, String reasons,
			String decidedBy, OffsetDateTime decidedAt, OffsetDateTime noticeDueBy, OffsetDateTime noticeDeliveredAt) {
	}

	record Partner(String partner, OffsetDateTime sentAt, OffsetDateTime acknowledgeBy, OffsetDateTime acknowledgedAt,
			String acknowledgedBy, OffsetDateTime resultBy, String outcome, String outcomeNote, int chaseCount) {
	}

}
