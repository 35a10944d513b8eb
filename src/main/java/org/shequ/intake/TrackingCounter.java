package org.shequ.intake;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last tracking number handed out for a community on a day; locked while a case is filed. */
@Entity
@Table(name = "tracking_counter")
class TrackingCounter {

	@EmbeddedId
	private Key id;

	@Column(name = "last_value")
	private int lastValue;

	protected TrackingCounter() {
	}

	TrackingCounter(Key id) {
		this.id = id;
	}

	int next() {
		return ++lastValue;
	}

	@Embeddable
	record Key(@Column(name = "community_code") String communityCode, @Column(name = "issue_day") LocalDate day)
			implements Serializable {
	}

}
