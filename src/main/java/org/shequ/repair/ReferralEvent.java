package org.shequ.repair;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a referral as recorded: delivered, reminded, acknowledged, declined, completed, supervised. */
@Entity
@Table(name = "repair_referral_event")
public class ReferralEvent {

	enum Kind {

		DELIVERED("送达"), REMINDED("催办"), ACKNOWLEDGED("签收"), DECLINED("推诿"), COMPLETED("修复"),
		SUPERVISED("书记督办");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "referral_id")
	private Long referralId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "contact_name")
	private String contactName;

	private String note;

	protected ReferralEvent() {
	}

	ReferralEvent(Long referralId, Kind kind, Instant recordedAt, String recordedBy, String contactName, String note) {
		this.referralId = referralId;
		this.kind = kind;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.contactName = contactName;
		this.note = note;
	}

	Long getReferralId() {
		return referralId;
	}

	Kind getKind() {
		return kind;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	String getContactName() {
		return contactName;
	}

	String getNote() {
		return note;
	}

}
