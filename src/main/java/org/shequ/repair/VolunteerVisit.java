package org.shequ.repair;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A home visit by the party-member volunteer team (党员志愿者服务队): the weekend slots offered, the
 * volunteer who claimed one, and what was repaired, with which parts, in how much time.
 */
@Entity
@Table(name = "repair_visit")
public class VolunteerVisit {

	enum Status {

		OFFERED("待认领"), CLAIMED("已认领"), VISITED("已上门"), LAPSED("无人认领，已重新安排");

		private final String label;

		Status(String label) {
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

	@Column(name = "visit_number")
	private int visitNumber;

	@Enumerated(EnumType.STRING)
	private Status status;

	/** Local start times of the slots offered, comma-separated ISO, e.g. {@code 2026-12-05T09:00}. */
	@Column(name = "offered_slots")
	private String offeredSlots;

	@Column(name = "offered_at")
	private Instant offeredAt;

	@Column(name = "claim_by")
	private Instant claimBy;

	@Column(name = "volunteer_id")
	private String volunteerId;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "slot_start")
	private Instant slotStart;

	@Column(name = "visited_at")
	private Instant visitedAt;

	@Column(name = "work_done")
	private String workDone;

	@Column(name = "parts_used")
	private String partsUsed;

	@Column(name = "minutes_spent")
	private Integer minutesSpent;

	@Column(name = "another_visit")
	private Boolean anotherVisit;

	@Version
	private long version;

	protected VolunteerVisit() {
	}

	VolunteerVisit(Long caseId, int visitNumber, List<LocalDateTime> slots, Instant offeredAt, Instant claimBy) {
		this.caseId = caseId;
		this.visitNumber = visitNumber;
		this.offeredSlots = String.join(",", slots.stream().map(LocalDateTime::toString).toList());
		this.offeredAt = offeredAt;
		this.claimBy = claimBy;
		this.status = Status.OFFERED;
	}

	List<LocalDateTime> slots() {
		return Arrays.stream(offeredSlots.split(",")).map(LocalDateTime::parse).toList();
	}

	void claim(String volunteer, Instant slotStart, Instant at) {
		this.volunteerId = volunteer;
		this.slotStart = slotStart;
		this.claimedAt = at;
		this.status = Status.CLAIMED;
	}

	void lapse() {
		this.status = Status.LAPSED;
	}

	void record(String workDone, String partsUsed, int minutesSpent, boolean anotherVisit, Instant at) {
		this.workDone = workDone;
		this.partsUsed = partsUsed;
		this.minutesSpent = minutesSpent;
		this.anotherVisit = anotherVisit;
		this.visitedAt = at;
		this.status = Status.VISITED;
	}

	Long getId() {
		return id;
	}

	Long getCaseId() {
		return caseId;
	}

	int getVisitNumber() {
		return visitNumber;
	}

	Status getStatus() {
		return status;
	}

	Instant getOfferedAt() {
		return offeredAt;
	}

	Instant getClaimBy() {
		return claimBy;
	}

	String getVolunteerId() {
		return volunteerId;
	}

	Instant getClaimedAt() {
		return claimedAt;
	}

	Instant getSlotStart() {
		return slotStart;
	}

	Instant getVisitedAt() {
		return visitedAt;
	}

	String getWorkDone() {
		return workDone;
	}

	String getPartsUsed() {
		return partsUsed;
	}

	Integer getMinutesSpent() {
		return minutesSpent;
	}

	Boolean getAnotherVisit() {
		return anotherVisit;
	}

}
