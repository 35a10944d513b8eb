package org.shequ.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step taken on a case: what, when, by whom, and what was entered. */
@Entity
@Table(name = "case_log")
public class CaseLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	private String kind;

	@Column(name = "logged_at")
	private Instant at;

	private String actor;

	private String detail;

	protected CaseLog() {
	}

	public CaseLog(Long caseId, String kind, Instant at, String actor, String detail) {
		this.caseId = caseId;
		this.kind = kind;
		this.at = at;
		this.actor = actor;
		this.detail = detail;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getKind() {
		return kind;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getDetail() {
		return detail;
	}

}
