package org.shequ.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mediation agreement (调解协议): recorded when both parties consent, issued as a printable document
 * (调解协议书) that is kept exactly as issued, then checked at the follow-up visit.
 */
@Entity
@Table(name = "mediation_agreement")
public class MediationAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "session_id")
	private Long sessionId;

	@Column(name = "sequence_no")
	private int sequenceNo;

	@Column(name = "agreement_number")
	private String agreementNumber;

	private String terms;

	@Enumerated(EnumType.STRING)
	private Payer payer;

	private BigDecimal amount;

	@Column(name = "pay_by")
	private LocalDate payBy;

	@Column(name = "consent_a")
	private boolean consentA;

	@Column(name = "consent_b")
	private boolean consentB;

	private String mediator;

	@Column(name = "mediator_name")
	private String mediatorName;

	@Column(name = "mediation_body")
	private String mediationBody;

	@Column(name = "signed_at")
	private Instant signedAt;

	@Column(name = "document_html")
	private String documentHtml;

	@Column(name = "issued_at")
	private Instant issuedAt;

	private Boolean honoured;

	@Column(name = "checked_by")
	private String checkedBy;

	@Column(name = "checked_at")
	private Instant checkedAt;

	@Column(name = "check_note")
	private String checkNote;

	protected MediationAgreement() {
	}

	MediationAgreement(Long caseId, Long sessionId, int sequenceNo, String agreementNumber, AgreementTerms agreed,
			String mediator, String mediatorName, String mediationBody, Instant signedAt) {
		this.caseId = caseId;
		this.sessionId = sessionId;
		this.sequenceNo = sequenceNo;
		this.agreementNumber = agreementNumber;
		this.terms = agreed.terms();
		this.payer = agreed.payer();
		this.amount = agreed.amount();
		this.payBy = agreed.payBy();
		this.consentA = true;
		this.consentB = true;
		this.mediator = mediator;
		this.mediatorName = mediatorName;
		this.mediationBody = mediationBody;
		this.signedAt = signedAt;
	}

	void issue(String html, Instant at) {
		if (documentHtml != null) {
			throw new IllegalStateException("agreement " + agreementNumber + " was already issued");
		}
		this.documentHtml = html;
		this.issuedAt = at;
	}

	void recordFollowUp(boolean honoured, String by, Instant at, String note) {
		this.honoured = honoured;
		this.checkedBy = by;
		this.checkedAt = at;
		this.checkNote = note;
	}

	public AgreementTerms agreedTerms() {
		return new AgreementTerms(terms, payer, amount, payBy);
	}

	public boolean isIssued() {
		return documentHtml != null;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public int getSequenceNo() {
		return sequenceNo;
	}

	public String getAgreementNumber() {
		return agreementNumber;
	}

	public String getTerms() {
		return terms;
	}

	public Payer getPayer() {
		return payer;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getPayBy() {
		return payBy;
	}

	public boolean isConsentA() {
		return consentA;
	}

	public boolean isConsentB() {
		return consentB;
	}

	public String getMediator() {
		return mediator;
	}

	public String getMediatorName() {
		return mediatorName;
	}

	public String getMediationBody() {
		return mediationBody;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public String getDocumentHtml() {
		return documentHtml;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public Boolean getHonoured() {
		return honoured;
	}

	public String getCheckedBy() {
		return checkedBy;
	}

	public Instant getCheckedAt() {
		return checkedAt;
	}

	public String getCheckNote() {
		return checkNote;
	}

}
