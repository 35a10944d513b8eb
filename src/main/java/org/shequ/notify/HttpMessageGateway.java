package org.shequ.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.shequ.system.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An SMS gateway over HTTP: {@code POST <url>} with {@code {"messageId","to","text"}} and the message
 * id as {@code Idempotency-Key}. 2xx means accepted; 409 means the gateway already has this message id
 * (an earlier attempt got through but its answer was lost), which counts as delivered too.
 */
class HttpMessageGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(HttpMessageGateway.class);

	private final URI url;

	private final String token;

	private final Duration timeout;

	private final HttpClient client;

	private final ObjectMapper json;

	HttpMessageGateway(URI url, String token, Duration connectTimeout, Duration timeout, ObjectMapper json) {
		this.url = url;
		this.token = token;
		this.timeout = timeout;
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
	}

	@Override
	public void send(OutgoingMessage message) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Idempotency-Key", message.messageId())
			.POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8));
		if (token != null && !token.isBlank()) {
			request.header("Authorization", "Bearer " + token);
		}
		int status;
		try {
			status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			throw new GatewayException("SMS gateway " + url + " not reachable for message " + message.messageId()
					+ ": " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GatewayException("interrupted while sending message " + message.messageId());
		}
		if (status == 409) {
			log.info("SMS {} to {}: the gateway already had it", message.messageId(),
					PersonalData.maskPhone(message.recipient()));
			return;
		}
		if (status < 200 || status > 299) {
			throw new GatewayException("SMS gateway " + url + " answered " + status + " for message "
					+ message.messageId());
		}
		log.info("SMS {} to {} accepted by the gateway", message.messageId(), PersonalData.maskPhone(message.recipient()));
	}

	private String body(OutgoingMessage message) {
		try {
			return json.writeValueAsString(
					Map.of("messageId", message.messageId(), "to", message.recipient(), "text", message.text()));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
