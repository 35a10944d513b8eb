package org.shequ.relief;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A referral to one partner body (转介): sent, acknowledged, answered, chased when late. */
@Entity
@Table(name = "relief_referral")
public class ReliefReferral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Programme partner;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "acknowledge_by")
	private Instant acknowledgeBy;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	private String acknowledgement;

	@Column(name = "result_by")
	private Instant resultBy;

	private String outcome;

	@Column(name = "outcome_note")
	private String outcomeNote;

	@Column(name = "outcome_at")
	private Instant outcomeAt;

	@Column(name = "outcome_recorded_by")
	private String outcomeRecordedBy;

	@Column(name = "chase_count")
	private int chaseCount;

	@Column(name = "last_chased_at")
	private Instant lastChasedAt;

	protected ReliefReferral() {
	}

	ReliefReferral(Long applicationId, Programme partner, Instant sentAt, Instant acknowledgeBy) {
		this.applicationId = applicationId;
		this.partner = partner;
		this.sentAt = sentAt;
		this.acknowledgeBy = acknowledgeBy;
	}

	void acknowledged(String acknowledgedBy, String note, Instant at, Instant resultBy) {
		this.acknowledgedBy = acknowledgedBy;
		this.acknowledgement = note;
		this.acknowledgedAt = at;
		this.resultBy = resultBy;
	}

	void answered(String outcome, String note, String by, Instant at) {
		this.outcome = outcome;
		this.outcomeNote = note;
		this.outcomeRecordedBy = by;
		this.outcomeAt = at;
	}

	void chased(Instant at) {
		chaseCount++;
		lastChasedAt = at;
	}

	public boolean isGranted() {
		return "granted".equals(outcome);
	}

	public Long getId() {
		return id;
	}

	public Programme getPartner() {
		return partner;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getAcknowledgeBy() {
		return acknowledgeBy;
	}

	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	public String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	public String getAcknowledgement() {
		return acknowledgement;
	}

	public Instant getResultBy() {
		return resultBy;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getOutcomeNote() {
		return outcomeNote;
	}

	public Instant getOutcomeAt() {
		return outcomeAt;
	}

	public String getOutcomeRecordedBy() {
		return outcomeRecordedBy;
	}

	public int getChaseCount() {
		return chaseCount;
	}

	public Instant getLastChasedAt() {
		return lastChasedAt;
	}

}
