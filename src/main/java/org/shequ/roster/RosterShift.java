package org.shequ.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One on-call shift (值班) of the weekly roster: {@code userId} is on call from {@code startMinute}
 * to {@code endMinute}, counted in minutes from Monday 00:00 Beijing time. A shift whose end is not
 * after its start runs over Sunday midnight into the next week.
 */
@Entity
@Table(name = "roster_shift")
public class RosterShift {

	public static final int MINUTES_PER_WEEK = 7 * 24 * 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private String communityId;

	@Column(name = "user_id")
	private String userId;

	@Column(name = "start_minute")
	private int startMinute;

	@Column(name = "end_minute")
	private int endMinute;

	protected RosterShift() {
	}

	public RosterShift(String communityId, String userId, int startMinute, int endMinute) {
		this.communityId = communityId;
		this.userId = userId;
		this.startMinute = startMinute;
		this.endMinute = endMinute;
	}

	public boolean covers(int minuteOfWeek) {
		if (endMinute > startMinute) {
			return minuteOfWeek >= startMinute && minuteOfWeek < endMinute;
		}
		return minuteOfWeek >= startMinute || minuteOfWeek < endMinute;
	}

	public int length() {
		return endMinute > startMinute ? endMinute - startMinute : MINUTES_PER_WEEK - startMinute + endMinute;
	}

	public Long getId() {
		return id;
	}

	public String getCommunityId() {
		return communityId;
	}

	public String getUserId() {
		return userId;
	}

	public int getStartMinute() {
		return startMinute;
	}

	public int getEndMinute() {
		return endMinute;
	}

}
