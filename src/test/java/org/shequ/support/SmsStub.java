package org.shequ.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small SMS gateway on a free local port that fails on command: while {@link #down()} it answers
 * 503; when up it accepts each message id once (202) and answers 409 to a repeated id, as a gateway
 * with de-duplication does. It records every attempt.
 */
public final class SmsStub implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final List<Attempt> attempts = new ArrayList<>();

	private volatile boolean down;

	private volatile boolean late;

	/** What the stub got and what it answered. */
	public record Attempt(String messageId, String idempotencyKey, String to, String text, int status, long atMillis) {
	}

	private SmsStub(HttpServer server) {
		this.server = server;
	}

	public static SmsStub start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			SmsStub stub = new SmsStub(server);
			server.createContext("/sms", stub::handle);
			server.setExecutor(Executors.newFixedThreadPool(2));
			server.start();
			return stub;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
	}

	public void down() {
		down = true;
	}

	public void up() {
		down = false;
		late = false;
	}

	/** Takes messages but answers only after 3 seconds, later than a client waits: the answer is lost. */
	public void answerLate() {
		down = false;
		late = true;
	}

	public synchronized List<Attempt> attempts() {
		return List.copyOf(attempts);
	}

	public synchronized List<Attempt> attemptsFor(String messageId) {
		return attempts.stream().filter(a -> messageId.equals(a.messageId())).toList();
	}

	/** How many times this message was accepted as new: a correct client gets it through exactly once. */
	public synchronized long accepted(String messageId) {
		return attempts.stream().filter(a -> messageId.equals(a.messageId()) && a.status() == 202).count();
	}

	public synchronized long acceptedTotal() {
		return attempts.stream().filter(a -> a.status() == 202).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			JsonNode body = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			String messageId = body.path("messageId").asText(null);
			int status;
			synchronized (this) {
				if (down) {
					status = 503;
				}
				else if (messageId == null || !"POST".equals(exchange.getRequestMethod())) {
					status = 400;
				}
				else {
					status = accepted(messageId) > 0 ? 409 : 202;
				}
				attempts.add(new Attempt(messageId, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
						body.path("to").asText(null), body.path("text").asText(null), status, System.currentTimeMillis()));
			}
			if (late) {
				sleep(3000);
			}
			exchange.sendResponseHeaders(status, -1);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.stop(0);
		((ExecutorService) server.getExecutor()).shutdownNow();
	}

}
