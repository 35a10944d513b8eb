package org.shequ.repair;

import java.time.Instant;
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
 * What the repair track knows about a case beyond the case itself: what needs repairing, who is
 * responsible in which order ({@code repair-responsibility.dmn} resolved against the owner registry),
 * who is responsible now, and the open case it was linked to as a repeated report.
 */
@Entity
@Table(name = "repair_case")
public class RepairCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	private String need;

	@Column(name = "inside_home")
	private Boolean insideHome;

	private Boolean vulnerable;

	@Column(name = "responsible_party")
	private String responsibleParty;

	@Column(name = "next_party")
	private String nextParty;

	@Column(name = "time_limit")
	private String timeLimit;

	@Column(name = "volunteer_team")
	private Boolean volunteerTeam;

	/** The parties that resolved to a body, in the order they are asked, e.g. {@code manager,owner}. */
	@Column(name = "party_chain")
	private String partyChain;

	@Column(name = "party_index")
	private int partyIndex;

	@Enumerated(EnumType.STRING)
	private Route route;

	@Column(name = "lead_case_id")
	private Long leadCaseId;

	@Column(name = "assessed_at")
	private Instant assessedAt;

	@Column(name = "assessed_by")
	private String assessedBy;

	@Version
	private long version;

	protected RepairCase() {
	}

	RepairCase(Long caseId) {
		this.caseId = caseId;
	}

	void assess(String need, boolean insideHome, boolean vulnerable, String by, Instant at) {
		this.need = need;
		this.insideHome = insideHome;
		this.vulnerable = vulnerable;
		this.leadCaseId = null;
		this.assessedBy = by;
		this.assessedAt = at;
	}

	void linkTo(Long leadCaseId, String by, Instant at) {
		this.leadCaseId = leadCaseId;
		this.assessedBy = by;
		this.assessedAt = at;
	}

	void decide(String responsibleParty, String nextParty, String timeLimit, boolean volunteerTeam, List<String> chain,
			Route route) {
		this.responsibleParty = responsibleParty;
		this.nextParty = nextParty;
		this.timeLimit = timeLimit;
		this.volunteerTeam = volunteerTeam;
		this.partyChain = String.join(",", chain);
		this.partyIndex = 0;
		this.route = route;
	}

	/** The body declined: ask the next party of the chain, or let the community handle it when none is left. */
	boolean moveToNextParty() {
		partyIndex++;
		if (partyIndex < chain().size()) {
			return true;
		}
		route = Route.COMMUNITY;
		return false;
	}

	/** The party currently responsible, or {@code null} when no body is (volunteers, the community). */
	String currentParty() {
		List<String> chain = chain();
		return route == Route.EXTERNAL && partyIndex < chain.size() ? chain.get(partyIndex) : null;
	}

	List<String> chain() {
		return partyChain == null || partyChain.isBlank() ? List.of() : Arrays.asList(partyChain.split(","));
	}

	boolean isLinked() {
		return leadCaseId != null;
	}

	Long getId() {
		return id;
	}

	Long getCaseId() {
		return caseId;
	}

	String getNeed() {
		return need;
	}

	Boolean getInsideHome() {
		return insideHome;
	}

	Boolean getVulnerable() {
		return vulnerable;
	}

	String getResponsibleParty() {
		return responsibleParty;
	}

	String getNextParty() {
		return nextParty;
	}

	String getTimeLimit() {
		return timeLimit;
	}

	Boolean getVolunteerTeam() {
		return volunteerTeam;
	}

	Route getRoute() {
		return route;
	}

	Long getLeadCaseId() {
		return leadCaseId;
	}

	Instant getAssessedAt() {
		return assessedAt;
	}

	String getAssessedBy() {
		return assessedBy;
	}

}
