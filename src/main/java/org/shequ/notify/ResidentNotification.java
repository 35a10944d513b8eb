package org.shequ.notify;

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
 * One message to a resident, in the outbox: written with the case change that causes it, sent after
 * commit by a job of {@code resident-notification}. {@code messageId} is what the gateway sees, so a
 * repeated delivery of the same row is recognisable as a repeat.
 */
@Entity
@Table(name = "resident_notification")
public class ResidentNotification {

	public enum Status {
		PENDING, SENT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "message_id")
	private String messageId;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "tracking_number")
	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String recipient;

	@Column(name = "message_text")
	private String text;

	@Column(name = "created_at")
	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "delivery_instance_id")
	private String deliveryInstanceId;

	protected ResidentNotification() {
	}

	ResidentNotification(String messageId, Long caseId, String trackingNumber, NotificationKind kind,
			String recipient, String text, Instant createdAt) {
		this.messageId = messageId;
		this.caseId = caseId;
		this.trackingNumber = trackingNumber;
		this.kind = kind;
		this.recipient = recipient;
		this.text = text;
		this.createdAt = createdAt;
		this.status = Status.PENDING;
	}

	void deliveredBy(String processInstanceId) {
		this.deliveryInstanceId = processInstanceId;
	}

	void markSent(Instant at) {
		this.status = Status.SENT;
		this.sentAt = at;
	}

	public boolean isSent() {
		return status == Status.SENT;
	}

	public Long getId() {
		return id;
	}

	public String getMessageId() {
		return messageId;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public String getDeliveryInstanceId() {
		return deliveryInstanceId;
	}

}
