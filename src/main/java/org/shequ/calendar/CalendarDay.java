package org.shequ.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A day that does not follow the week: a public holiday on a weekday, or a weekend day that is a
 * make-up workday (调休上班). Weekend days inside a holiday are kept too, so a year reads as the State
 * Council's notice does.
 */
@Entity
@Table(name = "working_calendar_day")
public class CalendarDay {

	@Id
	@Column(name = "calendar_date")
	private LocalDate date;

	private boolean working;

	@Column(name = "holiday_name")
	private String holidayName;

	private String source;

	private boolean provisional;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate date) {
		this.date = date;
	}

	void set(boolean working, String holidayName, String source, boolean provisional, String by, Instant at) {
		this.working = working;
		this.holidayName = holidayName;
		this.source = source;
		this.provisional = provisional;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public LocalDate getDate() {
		return date;
	}

	public boolean isWorking() {
		return working;
	}

	public String getHolidayName() {
		return holidayName;
	}

	public String getSource() {
		return source;
	}

	public boolean isProvisional() {
		return provisional;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
