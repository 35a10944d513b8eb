package org.shequ.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first answer to a request sent with an Idempotency-Key, kept so that a retry gets it again. */
@Entity
@Table(name = "idempotent_request")
class IdempotentRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String principal;

	@Column(name = "idem_key")
	private String key;

	@Column(name = "request_hash")
	private String requestHash;

	@Column(name = "response_status")
	private int responseStatus;

	@Column(name = "response_body")
	private String responseBody;

	private String location;

	@Column(name = "created_at")
	private Instant createdAt;

	protected IdempotentRequest() {
	}

	IdempotentRequest(String principal, String key, String requestHash, int responseStatus, String responseBody,
			String location, Instant createdAt) {
		this.principal = principal;
		this.key = key;
		this.requestHash = requestHash;
		this.responseStatus = responseStatus;
		this.responseBody = responseBody;
		this.location = location;
		this.createdAt = createdAt;
	}

	String getRequestHash() {
		return requestHash;
	}

	String getResponseBody() {
		return responseBody;
	}

}
