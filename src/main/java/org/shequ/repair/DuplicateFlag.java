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

/** An open repair case that a new report may repeat, and why it was flagged. */
@Entity
@Table(name = "repair_duplicate_flag")
public class DuplicateFlag {

	enum Reason {

		/** Both are about the same registered asset. */
		ASSET("同一设施"),
		/** The same community and a similar address, within the last 14 days. */
		ADDRESS("地址相近");

		private final String label;

		Reason(String label) {
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

	@Column(name = "candidate_id")
	private Long candidateId;

	@Enumerated(EnumType.STRING)
	private Reason reason;

	@Column(name = "flagged_at")
	private Instant flaggedAt;

	protected DuplicateFlag() {
	}

	DuplicateFlag(Long caseId, Long candidateId, Reason reason, Instant flaggedAt) {
		this.caseId = caseId;
		this.candidateId = candidateId;
		this.reason = reason;
		this.flaggedAt = flaggedAt;
	}

	Long getCaseId() {
		return caseId;
	}

	Long getCandidateId() {
		return candidateId;
	}

	Reason getReason() {
		return reason;
	}

	Instant getFlaggedAt() {
		return flaggedAt;
	}

}
