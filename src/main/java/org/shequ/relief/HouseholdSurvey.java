package org.shequ.relief;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A household survey (入户调查); an objection during the public notice leads to another round. */
@Entity
@Table(name = "relief_survey")
public class HouseholdSurvey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "survey_round")
	private int round;

	private boolean confirms;

	private String findings;

	@Column(name = "surveyed_by")
	private String surveyedBy;

	@Column(name = "surveyed_at")
	private Instant surveyedAt;

	protected HouseholdSurvey() {
	}

	HouseholdSurvey(Long applicationId, int round, boolean confirms, String findings, String surveyedBy,
			Instant surveyedAt) {
		this.applicationId = applicationId;
		this.round = round;
		this.confirms = confirms;
		this.findings = findings;
		this.surveyedBy = surveyedBy;
		this.surveyedAt = surveyedAt;
	}

	public Long getId() {
		return id;
	}

	public int getRound() {
		return round;
	}

	public boolean isConfirms() {
		return confirms;
	}

	public String getFindings() {
		return findings;
	}

	public String getSurveyedBy() {
		return surveyedBy;
	}

	public Instant getSurveyedAt() {
		return surveyedAt;
	}

}
