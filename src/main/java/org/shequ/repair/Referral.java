package org.shequ.repair;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A referral letter (转介函) to the body responsible for a repair, and how far the body has got with
 * it: issued → delivered → acknowledged (签收) → completed (修复), or declined (推诿) with a reason.
 */
@Entity
@Table(name = "repair_referral")
public class Referral {

	enum Status {

		ISSUED("已出具"), DELIVERED("已送达，待签收"), ACKNOWLEDGED("已签收，待修复"), COMPLETED("已修复"),
		DECLINED("已推诿");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "seq_no")
	private int seqNo;

	@Column(name = "letter_number")
	private String letterNumber;

	private String party;

	@Column(name = "body_kind")
	private String bodyKind;

	@Column(name = "body_name")
	private String bodyName;

	@Column(name = "body_phone")
	private String bodyPhone;

	@Column(name = "time_limit")
	private String timeLimit;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "due_by")
	private Instant dueBy;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@Column(name = "delivered_by")
	private String deliveredBy;

	@Column(name = "delivery_method")
	private String deliveryMethod;

	@Column(name = "delivered_to")
	private String deliveredTo;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "declined_at")
	private Instant declinedAt;

	@Column(name = "decline_reason")
	private String declineReason;

	private int reminders;

	@Version
	private long version;

	protected Referral() {
	}

	Referral(Long caseId, int seqNo, String letterNumber, ResponsibleBodies.Body body, String timeLimit,
			Instant issuedAt, String issuedBy, Instant dueBy) {
		this.caseId = caseId;
		this.seqNo = seqNo;
		this.letterNumber = letterNumber;
		this.party = body.party();
		this.bodyKind = body.kind();
		this.bodyName = body.name();
		this.bodyPhone = body.phone();
		this.timeLimit = timeLimit;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.dueBy = dueBy;
		this.status = Status.ISSUED;
	}

	void deliver(String method, String to, String by, Instant at) {
		this.deliveryMethod = method;
		this.deliveredTo = to;
		this.deliveredBy = by;
		this.deliveredAt = at;
		this.status = Status.DELIVERED;
	}

	void remind() {
		reminders++;
	}

	void acknowledge(Instant at) {
		this.acknowledgedAt = at;
		this.status = Status.ACKNOWLEDGED;
	}

	void complete(Instant at) {
		this.completedAt = at;
		this.status = Status.COMPLETED;
	}

	void decline(String reason, Instant at) {
		this.declineReason = reason;
		this.declinedAt = at;
		this.status = Status.DECLINED;
	}

	/** Delivered and not yet answered with a completion or a refusal. */
	boolean isOpen() {
		return status == Status.DELIVERED || status == Status.ACKNOWLEDGED;
	}

	Long getId() {
		return id;
	}

	Long getCaseId() {
		return caseId;
	}

	int getSeqNo() {
		return seqNo;
	}

	String getLetterNumber() {
		return letterNumber;
	}

	String getParty() {
		return party;
	}

	String getBodyKind() {
		return bodyKind;
	}

	String getBodyName() {
		return bodyName;
	}

	String getBodyPhone() {
		return bodyPhone;
	}

	String getTimeLimit() {
		return timeLimit;
	}

	Status getStatus() {
		return status;
	}

	Instant getIssuedAt() {
		return issuedAt;
	}

	String getIssuedBy() {
		return issuedBy;
	}

	Instant getDueBy() {
		return dueBy;
	}

	Instant getDeliveredAt() {
		return deliveredAt;
	}

	String getDeliveredBy() {
		return deliveredBy;
	}

	String getDeliveryMethod() {
		return deliveryMethod;
	}

	String getDeliveredTo() {
		return deliveredTo;
	}

	Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	Instant getCompletedAt() {
		return completedAt;
	}

	Instant getDeclinedAt() {
		return declinedAt;
	}

	String getDeclineReason() {
		return declineReason;
	}

	int getReminders() {
		return reminders;
	}

}
