package org.shequ.relief;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A written request for missing documents (补件通知) with its deadline, and how it ended. */
@Entity
@Table(name = "relief_document_request")
public class DocumentRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	private String missing;

	private String notice;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "due_by")
	private Instant dueBy;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by")
	private String receivedBy;

	@Column(name = "lapsed_at")
	private Instant lapsedAt;

	protected DocumentRequest() {
	}

	DocumentRequest(Long applicationId, String missing, String notice, Instant requestedAt, Instant dueBy) {
		this.applicationId = applicationId;
		this.missing = missing;
		this.notice = notice;
		this.requestedAt = requestedAt;
		this.dueBy = dueBy;
	}

	void received(String by, Instant at) {
		receivedBy = by;
		receivedAt = at;
	}

	void lapsed(Instant at) {
		lapsedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public String getMissing() {
		return missing;
	}

	public String getNotice() {
		return notice;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getDueBy() {
		return dueBy;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public String getReceivedBy() {
		return receivedBy;
	}

	public Instant getLapsedAt() {
		return lapsedAt;
	}

}
