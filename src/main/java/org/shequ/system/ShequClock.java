package org.shequ.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one source of "now": the engine's clock, so that tests that move the engine clock move
 * tracking-number days, deadlines and the on-call roster with it.
 */
@Component
public class ShequClock {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	public ShequClock(ShequProperties properties) {
		this.zone = properties.zone();
	}

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public ZonedDateTime zonedNow() {
		return now().atZone(zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/** Beijing time, 24-hour, as caseworkers read it. */
	public String display(Instant instant) {
		return instant == null ? "—" : DISPLAY.format(instant.atZone(zone));
	}

}
