package org.shequ.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.shequ.system.WorkingCalendar;

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
 * A resident's need (诉求), from intake to closure. Its tracking number is the business key of every
 * process instance that works on it; the processes keep only its id and the values their gateways need.
 */
@Entity(name = "ShequCase")
@Table(name = "shequ_case")
public class Case {

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86400);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tracking_number")
	private String trackingNumber;

	@Column(name = "community_id")
	private String communityId;

	@Column(name = "grid_id")
	private String gridId;

	@Enumerated(EnumType.STRING)
	private Category category;

	private boolean urgent;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String title;

	private String description;

	@Column(name = "reporter_name")
	private String reporterName;

	@Column(name = "reporter_phone")
	private String reporterPhone;

	private String address;

	/** The registered place or asset the need is about, if known (org.shequ.asset). */
	@Column(name = "asset_id")
	private Long assetId;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String track;

	@Column(name = "time_class")
	private String timeClass;

	/** The resolution limit the triage gave, e.g. {@code P7D} or {@code 15WD}; a reopened case gets it again. */
	@Column(name = "resolve_within")
	private String resolveWithin;

	private String dispatch;

	private String assignee;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by")
	private String receivedBy;

	@Column(name = "respond_by")
	private Instant respondBy;

	@Column(name = "resolve_by")
	private Instant resolveBy;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "responded_by")
	private String respondedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "resolved_by")
	private String resolvedBy;

	private String outcome;

	@Column(name = "outcome_summary")
	private String outcomeSummary;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "close_reason")
	private String closeReason;

	@Column(name = "reopen_count")
	private int reopenCount;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	/** Generated demo history, not a resident's need (org.shequ.demo.DemoHistory). */
	private boolean demo;

	// The KPI figures (docs/kpi.md), stored when the event happens so that the KPIs are plain aggregates.

	@Column(name = "response_hours")
	private BigDecimal responseHours;

	@Column(name = "responded_on_time")
	private Boolean respondedOnTime;

	@Column(name = "first_resolved_at")
	private Instant firstResolvedAt;

	@Column(name = "resolution_days")
	private BigDecimal resolutionDays;

	@Column(name = "resolution_working_days")
	private Integer resolutionWorkingDays;

	@Column(name = "resolved_on_time")
	private Boolean resolvedOnTime;

	@Column(name = "callbacks_reached")
	private int callbacksReached;

	@Column(name = "callbacks_contacted")
	private int callbacksContacted;

	@Column(name = "callbacks_solved")
	private int callbacksSolved;

	@Column(name = "callbacks_satisfied")
	private int callbacksSatisfied;

	@Version
	private long version;

	protected Case() {
	}

	Case(String trackingNumber, String communityId, String gridId, Category category, boolean urgent,
			Channel channel, String title, String description, String reporterName, String reporterPhone,
			String address, Instant receivedAt, String receivedBy) {
		this.trackingNumber = trackingNumber;
		this.communityId = communityId;
		this.gridId = gridId;
		this.category = category;
		this.urgent = urgent;
		this.channel = channel;
		this.title = title;
		this.description = description;
		this.reporterName = reporterName;
		this.reporterPhone = reporterPhone;
		this.address = address;
		this.receivedAt = receivedAt;
		this.receivedBy = receivedBy;
		this.status = CaseStatus.RECEIVED;
	}

	public void applyTriage(String track, String timeClass, String resolveWithin, String dispatch, Instant respondBy,
			Instant resolveBy) {
		this.track = track;
		this.timeClass = timeClass;
		this.resolveWithin = resolveWithin;
		this.dispatch = dispatch;
		this.respondBy = respondBy;
		this.resolveBy = resolveBy;
	}

	public void dispatchTo(String assignee) {
		this.assignee = assignee;
		if (status == CaseStatus.RECEIVED) {
			status = CaseStatus.DISPATCHED;
		}
	}

	public void reassignTo(String assignee) {
		this.assignee = assignee;
	}

	/** The first contact with the resident counts for the response deadline; later ones do not move it. */
	public void recordResponse(String by, Instant at) {
		if (respondedAt == null) {
			respondedAt = at;
			respondedBy = by;
			responseHours = elapsed(receivedAt, at, SECONDS_PER_HOUR);
			respondedOnTime = respondBy == null ? null : !at.isAfter(respondBy);
		}
		if (status == CaseStatus.DISPATCHED || status == CaseStatus.RECEIVED) {
			status = CaseStatus.IN_PROGRESS;
		}
	}

	public void resolve(String outcome, String summary, String by, Instant at) {
		this.outcome = outcome;
		this.outcomeSummary = summary;
		this.resolvedBy = by;
		this.resolvedAt = at;
		this.status = CaseStatus.RESOLVED;
		if (firstResolvedAt == null) {
			firstResolvedAt = at;
			resolvedOnTime = resolveBy == null ? null : !at.isAfter(resolveBy);
			if (!hasWorkingDayLimit()) {
				resolutionDays = elapsed(receivedAt, at, SECONDS_PER_DAY);
			}
		}
	}

	/** A callback reached the resident: its answers count towards the three rates (响应率, 解决率, 满意率). */
	public void countCallback(boolean contacted, boolean solved, boolean satisfied) {
		callbacksReached++;
		callbacksContacted += contacted ? 1 : 0;
		callbacksSolved += solved ? 1 : 0;
		callbacksSatisfied += satisfied ? 1 : 0;
	}

	public void markAsDemo() {
		demo = true;
	}

	/** The resolution limit is counted in working days (e.g. {@code 15WD}), so is the time taken. */
	public boolean hasWorkingDayLimit() {
		return resolveWithin != null && resolveWithin.endsWith("WD");
	}

	/**
	 * Under a working-day limit, the time to the first resolution in working days. Kept apart from
	 * {@link #resolve}, which every track calls its own way, because counting needs the holiday calendar.
	 */
	public void countResolutionWorkingDays(WorkingCalendar calendar) {
		if (firstResolvedAt != null && resolutionWorkingDays == null && hasWorkingDayLimit()) {
			resolutionWorkingDays = calendar.workingDaysBetween(receivedAt, firstResolvedAt);
		}
	}

	private static BigDecimal elapsed(Instant from, Instant to, BigDecimal unitSeconds) {
		long seconds = Duration.between(from, to).getSeconds();
		return BigDecimal.valueOf(seconds).divide(unitSeconds, 2, RoundingMode.HALF_UP);
	}

	/**
	 * The resolution did not hold (e.g. a mediation agreement was not honoured) and the track works on
	 * the case again: unlike {@link #reopen}, not a reopening after the callback, and no new deadline.
	 */
	public void resumeHandling() {
		resolvedAt = null;
		resolvedBy = null;
		status = CaseStatus.IN_PROGRESS;
	}

	public void reopen(Instant newResolveBy) {
		reopenCount++;
		resolvedAt = null;
		resolvedBy = null;
		resolveBy = newResolveBy;
		status = CaseStatus.REOPENED;
	}

	/** A track moved the resolution deadline: a pause for missing documents, a longer statutory limit. */
	public void moveResolveBy(Instant resolveBy) {
		this.resolveBy = resolveBy;
	}

	public void close(String by, Instant at, String reason) {
		closedBy = by;
		closedAt = at;
		closeReason = reason;
		status = CaseStatus.CLOSED;
	}

	public void identifyAsset(Long assetId) {
		this.assetId = assetId;
	}

	public void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public boolean isResponded() {
		return respondedAt != null;
	}

	public boolean isResolved() {
		return status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED;
	}

	public Long getId() {
		return id;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public String getCommunityId() {
		return communityId;
	}

	public String getGridId() {
		return gridId;
	}

	public Category getCategory() {
		return category;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public Channel getChannel() {
		return channel;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getReporterName() {
		return reporterName;
	}

	public String getReporterPhone() {
		return reporterPhone;
	}

	public String getAddress() {
		return address;
	}

	public Long getAssetId() {
		return assetId;
	}

	public CaseStatus getStatus() {
		return status;
	}

	public String getTrack() {
		return track;
	}

	public String getTimeClass() {
		return timeClass;
	}

	public String getResolveWithin() {
		return resolveWithin;
	}

	public String getDispatch() {
		return dispatch;
	}

	public String getAssignee() {
		return assignee;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public String getReceivedBy() {
		return receivedBy;
	}

	public Instant getRespondBy() {
		return respondBy;
	}

	public Instant getResolveBy() {
		return resolveBy;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public String getRespondedBy() {
		return respondedBy;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public String getResolvedBy() {
		return resolvedBy;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getOutcomeSummary() {
		return outcomeSummary;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public String getCloseReason() {
		return closeReason;
	}

	public int getReopenCount() {
		return reopenCount;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public boolean isDemo() {
		return demo;
	}

	public BigDecimal getResponseHours() {
		return responseHours;
	}

	public Boolean getRespondedOnTime() {
		return respondedOnTime;
	}

	public Instant getFirstResolvedAt() {
		return firstResolvedAt;
	}

	public BigDecimal getResolutionDays() {
		return resolutionDays;
	}

	public Integer getResolutionWorkingDays() {
		return resolutionWorkingDays;
	}

	public Boolean getResolvedOnTime() {
		return resolvedOnTime;
	}

	public int getCallbacksReached() {
		return callbacksReached;
	}

	public int getCallbacksContacted() {
		return callbacksContacted;
	}

	public int getCallbacksSolved() {
		return callbacksSolved;
	}

	public int getCallbacksSatisfied() {
		return callbacksSatisfied;
	}

}
