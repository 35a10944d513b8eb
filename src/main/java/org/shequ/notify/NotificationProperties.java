package org.shequ.notify;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Messages to residents (prefix {@code shequ.notifications}).
 *
 * @param gateway {@code log} (demo: write the message to the log) or {@code http}
 * @param retryCycle when to try a failed delivery again, as Camunda reads {@code failedJobRetryTimeCycle}:
 * a list of waits ({@code PT1M,PT2M,PT5M}, one retry each: a backoff) or {@code R5/PT1M}; after the last
 * one the delivery stops with an incident in Cockpit
 * @param http the HTTP gateway: its URL, bearer token and timeouts
 */
@ConfigurationProperties("shequ.notifications")
public record NotificationProperties(String gateway, String retryCycle, Http http) {

	public NotificationProperties {
		if (gateway == null || gateway.isBlank()) {
			gateway = "log";
		}
		if (retryCycle == null || retryCycle.isBlank()) {
			retryCycle = "PT1M,PT2M,PT5M,PT10M,PT30M";
		}
		if (http == null) {
			http = new Http(null, null, null, null);
		}
	}

	public record Http(URI url, String token, Duration connectTimeout, Duration timeout) {

		public Http {
			if (url != null && url.toString().isBlank()) {
				url = null;
			}
			if (connectTimeout == null) {
				connectTimeout = Duration.ofSeconds(5);
			}
			if (timeout == null) {
				timeout = Duration.ofSeconds(10);
			}
		}

	}

}
