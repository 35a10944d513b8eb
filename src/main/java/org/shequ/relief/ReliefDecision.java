package org.shequ.relief;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A decision on the application: who decided what, with which reasons. A refusal of 低保 must reach the
 * applicant in writing within a few working days; the delivery is recorded here.
 */
@Entity
@Table(name = "relief_decision")
public class ReliefDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private DecisionKind kind;

	private boolean approved;

	private BigDecimal amount;

	@Column(name = "first_month")
	private String firstMonth;

	private String reasons;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "notice_due_by")
	private Instant noticeDueBy;

	@Column(name = "notice_delivered_at")
	private Instant noticeDeliveredAt;

	@Column(name = "notice_delivered_by")
	private String noticeDeliveredBy;

	@Column(name = "notice_method")
	private String noticeMethod;

	@Column(name = "notice_note")
	private String noticeNote;

	protected ReliefDecision() {
	}

	ReliefDecision(Long applicationId, DecisionKind kind, boolean approved, BigDecimal amount, String firstMonth,
			String reasons, String decidedBy, Instant decidedAt) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.approved = approved;
		this.amount = amount;
		this.firstMonth = firstMonth;
		this.reasons = reasons;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	void noticeDueBy(Instant dueBy) {
		noticeDueBy = dueBy;
	}

	void noticeDelivered(String method, String note, String by, Instant at) {
		noticeMethod = method;
		noticeNote = note;
		noticeDeliveredBy = by;
		noticeDeliveredAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public DecisionKind getKind() {
		return kind;
	}

	public boolean isApproved() {
		return approved;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getFirstMonth() {
		return firstMonth;
	}

	public String getReasons() {
		return reasons;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getNoticeDueBy() {
		return noticeDueBy;
	}

	public Instant getNoticeDeliveredAt() {
		return noticeDeliveredAt;
	}

	public String getNoticeDeliveredBy() {
		return noticeDeliveredBy;
	}

	public String getNoticeMethod() {
		return noticeMethod;
	}

	public String getNoticeNote() {
		return noticeNote;
	}

}
