package org.shequ.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

@Configuration
class NotificationConfig {

	@Bean
	MessageGateway messageGateway(NotificationProperties properties, ObjectMapper json) {
		return switch (properties.gateway()) {
			case "log" -> new LoggingMessageGateway();
			case "http" -> {
				NotificationProperties.Http http = properties.http();
				if (http.url() == null) {
					throw new IllegalStateException("shequ.notifications.gateway=http needs shequ.notifications.http.url");
				}
				yield new HttpMessageGateway(http.url(), http.token(), http.connectTimeout(), http.timeout(), json);
			}
			default -> throw new IllegalStateException(
					"shequ.notifications.gateway must be log or http, not " + properties.gateway());
		};
	}

	/** Read by resident-notification.bpmn as its retry cycle: {@code ${notificationRetry.cycle}}. */
	@Bean
	NotificationRetry notificationRetry(NotificationProperties properties) {
		return new NotificationRetry(properties.retryCycle());
	}

	public static final class NotificationRetry {

		private final String cycle;

		NotificationRetry(String cycle) {
			this.cycle = cycle;
		}

		public String getCycle() {
			return cycle;
		}

	}

}
