package org.shequ.followup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One call back to the resident (回访). The three rates count callbacks that reached the resident:
 * contacted (响应), solved (解决), satisfied or fairly satisfied (满意).
 */
@Entity
@Table(name = "case_callback")
public class Callback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	private int attempt;

	private boolean reached;

	private Boolean contacted;

	private Boolean solved;

	private String satisfaction;

	private String note;

	@Column(name = "called_by")
	private String calledBy;

	@Column(name = "called_at")
	private Instant calledAt;

	protected Callback() {
	}

	static Callback unreached(Long caseId, int attempt, String note, String calledBy, Instant calledAt) {
		Callback callback = new Callback();
		callback.caseId = caseId;
		callback.attempt = attempt;
		callback.reached = false;
		callback.note = note;
		callback.calledBy = calledBy;
		callback.calledAt = calledAt;
		return callback;
	}

	static Callback reached(Long caseId, int attempt, boolean contacted, boolean solved, Satisfaction satisfaction,
			String note, String calledBy, Instant calledAt) {
		Callback callback = unreached(caseId, attempt, note, calledBy, calledAt);
		callback.reached = true;
		callback.contacted = contacted;
		callback.solved = solved;
		callback.satisfaction = satisfaction.code();
		return callback;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public int getAttempt() {
		return attempt;
	}

	public boolean isReached() {
		return reached;
	}

	public Boolean getContacted() {
		return contacted;
	}

	public Boolean getSolved() {
		return solved;
	}

	public String getSatisfaction() {
		return satisfaction;
	}

	public String getNote() {
		return note;
	}

	public String getCalledBy() {
		return calledBy;
	}

	public Instant getCalledAt() {
		return calledAt;
	}

}
