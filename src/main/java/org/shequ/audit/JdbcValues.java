package org.shequ.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** Time values as H2 and PostgreSQL drivers hand them back, as instants. */
final class JdbcValues {

	private JdbcValues() {
	}

	static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof ZonedDateTime time) {
			return time.toInstant();
		}
		if (value instanceof LocalDateTime time) {
			return time.atZone(ZoneId.systemDefault()).toInstant();
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		throw new IllegalArgumentException("not a time: " + value.getClass().getName());
	}

}
