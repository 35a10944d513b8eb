package org.shequ.relief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A household's application for relief (救助申请): who lives in it and what they earn and own, the
 * hardship, what they ask for, which documents are in, what relief-eligibility.dmn granted, and the
 * time-limit bookkeeping (pauses for documents, the 低保 limit and its one extension). Income and
 * medical facts are here and in no process variable; only the case's community staff and the relief
 * approvers read them ({@link ReliefAccess}).
 */
@Entity
@Table(name = "relief_application")
public class ReliefApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "registered_by")
	private String registeredBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "application_id", nullable = false, updatable = false)
	@OrderBy("seqNo")
	private List<HouseholdMember> members = new ArrayList<>();

	@Column(name = "household_size")
	private int householdSize;

	@Column(name = "total_income")
	private BigDecimal totalIncome;

	@Column(name = "per_head_income")
	private BigDecimal perHeadIncome;

	@Column(name = "local_line")
	private BigDecimal localLine;

	@Enumerated(EnumType.STRING)
	private Housing housing;

	private boolean vehicle;

	private BigDecimal savings;

	@Column(name = "has_minor")
	private boolean hasMinor;

	@Column(name = "serious_illness")
	private boolean seriousIllness;

	private boolean disability;

	@Column(name = "elderly_alone")
	private boolean elderlyAlone;

	@Column(name = "loss_of_work")
	private boolean lossOfWork;

	private boolean accident;

	@Column(name = "hardship_note")
	private String hardshipNote;

	@Column(name = "programmes_asked")
	private String programmesAsked;

	@Column(name = "doc_id_card")
	private boolean idCard;

	@Column(name = "doc_household_register")
	private boolean householdRegister;

	@Column(name = "doc_income_proof")
	private boolean incomeProof;

	@Column(name = "doc_medical_records")
	private boolean medicalRecords;

	@Column(name = "eligible_programmes")
	private String eligibleProgrammes;

	@Column(name = "eligibility_basis")
	private String eligibilityBasis;

	@Column(name = "decision_definition_id")
	private String decisionDefinitionId;

	@Column(name = "pursued_programmes")
	private String pursuedProgrammes;

	@Column(name = "paused_since")
	private Instant pausedSince;

	@Column(name = "paused_working_days")
	private int pausedWorkingDays;

	@Column(name = "paused_seconds")
	private long pausedSeconds;

	@Column(name = "dibao_started_at")
	private Instant dibaoStartedAt;

	@Column(name = "dibao_due_by")
	private Instant dibaoDueBy;

	@Column(name = "dibao_extended")
	private boolean dibaoExtended;

	@Column(name = "extension_reason")
	private String extensionReason;

	@Column(name = "extended_by")
	private String extendedBy;

	@Column(name = "extended_at")
	private Instant extendedAt;

	@Column(name = "notice_round")
	private int noticeRound;

	@Column(name = "notice_started_at")
	private Instant noticeStartedAt;

	@Column(name = "concluded_at")
	private Instant concludedAt;

	@Version
	private long version;

	protected ReliefApplication() {
	}

	ReliefApplication(Long caseId, Instant registeredAt, String registeredBy, List<HouseholdMember> members,
			BigDecimal localLine, Housing housing, boolean vehicle, BigDecimal savings, Set<Hardship> hardship,
			String hardshipNote, Set<Programme> asked, Set<Document> documents) {
		this.caseId = caseId;
		this.status = ApplicationStatus.REGISTERED;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		this.members.addAll(members);
		this.householdSize = members.size();
		this.totalIncome = members.stream().map(HouseholdMember::getMonthlyIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.perHeadIncome = totalIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
		this.hasMinor = members.stream().anyMatch(HouseholdMember::isMinor);
		this.localLine = localLine;
		this.housing = housing;
		this.vehicle = vehicle;
		this.savings = savings;
		this.seriousIllness = hardship.contains(Hardship.SERIOUS_ILLNESS);
		this.disability = hardship.contains(Hardship.DISABILITY);
		this.elderlyAlone = hardship.contains(Hardship.ELDERLY_ALONE);
		this.lossOfWork = hardship.contains(Hardship.LOSS_OF_WORK);
		this.accident = hardship.contains(Hardship.ACCIDENT);
		this.hardshipNote = hardshipNote;
		this.programmesAsked = Programme.join(asked);
		receive(documents);
	}

	/** ID, household register and income proof always; medical records when illness or an accident is claimed. */
	public Set<Document> missingDocuments() {
		Set<Document> missing = EnumSet.noneOf(Document.class);
		if (!idCard) {
			missing.add(Document.ID_CARD);
		}
		if (!householdRegister) {
			missing.add(Document.HOUSEHOLD_REGISTER);
		}
		if (!incomeProof) {
			missing.add(Document.INCOME_PROOF);
		}
		if (!medicalRecords && (seriousIllness || accident)) {
			missing.add(Document.MEDICAL_RECORDS);
		}
		return missing;
	}

	public Set<Document> documentsIn() {
		Set<Document> in = EnumSet.noneOf(Document.class);
		if (idCard) {
			in.add(Document.ID_CARD);
		}
		if (householdRegister) {
			in.add(Document.HOUSEHOLD_REGISTER);
		}
		if (incomeProof) {
			in.add(Document.INCOME_PROOF);
		}
		if (medicalRecords) {
			in.add(Document.MEDICAL_RECORDS);
		}
		return in;
	}

	void receive(Set<Document> documents) {
		idCard |= documents.contains(Document.ID_CARD);
		householdRegister |= documents.contains(Document.HOUSEHOLD_REGISTER);
		incomeProof |= documents.contains(Document.INCOME_PROOF);
		medicalRecords |= documents.contains(Document.MEDICAL_RECORDS);
	}

	void recordEligibility(Set<Programme> eligible, String basis, String decisionDefinitionId, Set<Programme> pursued) {
		this.eligibleProgrammes = Programme.join(eligible);
		this.eligibilityBasis = basis;
		this.decisionDefinitionId = decisionDefinitionId;
		this.pursuedProgrammes = Programme.join(pursued);
		if (pursued.isEmpty()) {
			status = ApplicationStatus.INELIGIBLE;
		}
	}

	void pause(Instant at) {
		pausedSince = at;
		status = ApplicationStatus.WAITING_FOR_DOCUMENTS;
	}

	/** Ends a pause and adds its length to the totals; returns when it began. */
	Instant resume(int workingDays, long seconds) {
		Instant began = pausedSince;
		pausedWorkingDays += workingDays;
		pausedSeconds += seconds;
		pausedSince = null;
		status = ApplicationStatus.IN_PROCEDURE;
		return began;
	}

	void startProcedure() {
		if (status == ApplicationStatus.REGISTERED) {
			status = ApplicationStatus.IN_PROCEDURE;
		}
	}

	void startDibao(Instant at, Instant dueBy) {
		dibaoStartedAt = at;
		dibaoDueBy = dueBy;
	}

	void extendDibao(Instant dueBy, String reason, String by, Instant at) {
		if (dibaoExtended) {
			throw new IllegalStateException("the 低保 time limit was already extended once");
		}
		dibaoDueBy = dueBy;
		dibaoExtended = true;
		extensionReason = reason;
		extendedBy = by;
		extendedAt = at;
	}

	int startNotice(Instant at) {
		noticeRound++;
		noticeStartedAt = at;
		return noticeRound;
	}

	void lapse(Instant at) {
		status = ApplicationStatus.LAPSED;
		concludedAt = at;
	}

	void conclude(Instant at) {
		if (status != ApplicationStatus.INELIGIBLE) {
			status = ApplicationStatus.CONCLUDED;
		}
		concludedAt = at;
	}

	public boolean isPaused() {
		return pausedSince != null;
	}

	public Set<Programme> getProgrammesAsked() {
		return Programme.split(programmesAsked);
	}

	public Set<Programme> getEligibleProgrammes() {
		return Programme.split(eligibleProgrammes);
	}

	public Set<Programme> getPursuedProgrammes() {
		return Programme.split(pursuedProgrammes);
	}

	public Set<Hardship> getHardship() {
		Set<Hardship> set = EnumSet.noneOf(Hardship.class);
		if (seriousIllness) {
			set.add(Hardship.SERIOUS_ILLNESS);
		}
		if (disability) {
			set.add(Hardship.DISABILITY);
		}
		if (elderlyAlone) {
			set.add(Hardship.ELDERLY_ALONE);
		}
		if (lossOfWork) {
			set.add(Hardship.LOSS_OF_WORK);
		}
		if (accident) {
			set.add(Hardship.ACCIDENT);
		}
		return set;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public List<HouseholdMember> getMembers() {
		return List.copyOf(members);
	}

	public int getHouseholdSize() {
		return householdSize;
	}

	public BigDecimal getTotalIncome() {
		return totalIncome;
	}

	public BigDecimal getPerHeadIncome() {
		return perHeadIncome;
	}

	public BigDecimal getLocalLine() {
		return localLine;
	}

	public Housing getHousing() {
		return housing;
	}

	public boolean hasVehicle() {
		return vehicle;
	}

	public BigDecimal getSavings() {
		return savings;
	}

	public boolean hasMinor() {
		return hasMinor;
	}

	public boolean isSeriousIllness() {
		return seriousIllness;
	}

	public boolean isDisability() {
		return disability;
	}

	public boolean isElderlyAlone() {
		return elderlyAlone;
	}

	public boolean isLossOfWork() {
		return lossOfWork;
	}

	public boolean isAccident() {
		return accident;
	}

	public String getHardshipNote() {
		return hardshipNote;
	}

	public String getEligibilityBasis() {
		return eligibilityBasis;
	}

	public String getDecisionDefinitionId() {
		return decisionDefinitionId;
	}

	public Instant getPausedSince() {
		return pausedSince;
	}

	public int getPausedWorkingDays() {
		return pausedWorkingDays;
	}

	public long getPausedSeconds() {
		return pausedSeconds;
	}

	public Instant getDibaoStartedAt() {
		return dibaoStartedAt;
	}

	public Instant getDibaoDueBy() {
		return dibaoDueBy;
	}

	public boolean isDibaoExtended() {
		return dibaoExtended;
	}

	public String getExtensionReason() {
		return extensionReason;
	}

	public String getExtendedBy() {
		return extendedBy;
	}

	public Instant getExtendedAt() {
		return extendedAt;
	}

	public int getNoticeRound() {
		return noticeRound;
	}

	public Instant getNoticeStartedAt() {
		return noticeStartedAt;
	}

	public Instant getConcludedAt() {
		return concludedAt;
	}

}
