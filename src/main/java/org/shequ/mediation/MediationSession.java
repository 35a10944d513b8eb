package org.shequ.mediation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mediation held on a case, by the community or the street committee, and how it ended. */
@Entity
@Table(name = "mediation_session")
public class MediationSession {

	public static final String AGREEMENT = "agreement";

	public static final String NONE = "none";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "mediation_level")
	private MediationLevel level;

	private String mediator;

	@Column(name = "party_a_name")
	private String partyAName;

	@Column(name = "party_a_phone")
	private String partyAPhone;

	@Column(name = "party_b_name")
	private String partyBName;

	@Column(name = "party_b_phone")
	private String partyBPhone;

	@Column(name = "facts_found")
	private String factsFound;

	@Column(name = "loss_claimed")
	private String lossClaimed;

	@Column(name = "loss_found")
	private String lossFound;

	private String proposal;

	private String outcome;

	@Column(name = "no_agreement_reason")
	private String noAgreementReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "referred_to")
	private ReferralTarget referredTo;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected MediationSession() {
	}

	private MediationSession(Long caseId, MediationLevel level, String mediator, Findings findings, String outcome,
			Instant recordedAt) {
		this.caseId = caseId;
		this.level = level;
		this.mediator = mediator;
		this.partyAName = findings.partyAName();
		this.partyAPhone = findings.partyAPhone();
		this.partyBName = findings.partyBName();
		this.partyBPhone = findings.partyBPhone();
		this.factsFound = findings.factsFound();
		this.lossClaimed = findings.lossClaimed();
		this.lossFound = findings.lossFound();
		this.proposal = findings.proposal();
		this.outcome = outcome;
		this.recordedAt = recordedAt;
	}

	static MediationSession agreed(Long caseId, MediationLevel level, String mediator, Findings findings,
			Instant at) {
		return new MediationSession(caseId, level, mediator, findings, AGREEMENT, at);
	}

	static MediationSession notAgreed(Long caseId, MediationLevel level, String mediator, Findings findings,
			String reason, ReferralTarget referredTo, Instant at) {
		MediationSession session = new MediationSession(caseId, level, mediator, findings, NONE, at);
		session.noAgreementReason = reason;
		session.referredTo = referredTo;
		return session;
	}

	public boolean isAgreed() {
		return AGREEMENT.equals(outcome);
	}

	public Findings findings() {
		return new Findings(partyAName, partyAPhone, partyBName, partyBPhone, factsFound, lossClaimed, lossFound,
				proposal);
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public MediationLevel getLevel() {
		return level;
	}

	public String getMediator() {
		return mediator;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getNoAgreementReason() {
		return noAgreementReason;
	}

	public ReferralTarget getReferredTo() {
		return referredTo;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
