package org.shequ.intake;

import java.time.OffsetDateTime;

/** The answer to a filed case: what a caseworker reads out to the resident on the phone. */
public record FiledCase(String trackingNumber, String status, String track, String assignee,
		OffsetDateTime respondBy, OffsetDateTime resolveBy) {
}
