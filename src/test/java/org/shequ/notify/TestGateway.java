package org.shequ.notify;

import java.net.URI;
import java.time.Duration;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway of the shared test context: the demo's logging gateway unless a test points it at an
 * HTTP stub with {@link #useHttp(String)}; {@link #useLog()} in the test's clean-up switches back.
 */
@Primary
@Component
public class TestGateway implements MessageGateway {

	private final ObjectMapper json;

	private volatile MessageGateway current = new LoggingMessageGateway();

	TestGateway(ObjectMapper json) {
		this.json = json;
	}

	public void useHttp(String url) {
		current = new HttpMessageGateway(URI.create(url), "test-token", Duration.ofSeconds(2), Duration.ofSeconds(2),
				json);
	}

	public void useLog() {
		current = new LoggingMessageGateway();
	}

	@Override
	public void send(OutgoingMessage message) {
		current.send(message);
	}

}
