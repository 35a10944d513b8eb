package org.shequ.relief;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An objection to a public notice (公示异议), taken at the desk; the objector may stay anonymous. */
@Entity
@Table(name = "relief_objection")
public class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "notice_round")
	private int noticeRound;

	private String content;

	@Column(name = "objector_name")
	private String objectorName;

	@Column(name = "objector_phone")
	private String objectorPhone;

	@Column(name = "lodged_by")
	private String lodgedBy;

	@Column(name = "lodged_at")
	private Instant lodgedAt;

	protected Objection() {
	}

	Objection(Long applicationId, int noticeRound, String content, String objectorName, String objectorPhone,
			String lodgedBy, Instant lodgedAt) {
		this.applicationId = applicationId;
		this.noticeRound = noticeRound;
		this.content = content;
		this.objectorName = objectorName;
		this.objectorPhone = objectorPhone;
		this.lodgedBy = lodgedBy;
		this.lodgedAt = lodgedAt;
	}

	public Long getId() {
		return id;
	}

	public int getNoticeRound() {
		return noticeRound;
	}

	public String getContent() {
		return content;
	}

	public String getObjectorName() {
		return objectorName;
	}

	public String getObjectorPhone() {
		return objectorPhone;
	}

	public String getLodgedBy() {
		return lodgedBy;
	}

	public Instant getLodgedAt() {
		return lodgedAt;
	}

}
