package org.shequ.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the running app, as a caller outside it would use it. */
public final class Api {

	public static final String PASSWORD = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path, String user) {
		return send(request(path, user).GET());
	}

	public Response post(String path, String user, String body) {
		return post(path, user, body, Map.of());
	}

	public Response post(String path, String user, String body, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path, user).POST(HttpRequest.BodyPublishers.ofString(body));
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Content-Type", "application/json");
		all.putAll(headers);
		all.forEach(builder::setHeader);
		return send(builder);
	}

	public Response put(String path, String user, String body) {
		return send(request(path, user).PUT(HttpRequest.BodyPublishers.ofString(body))
			.setHeader("Content-Type", "application/json"));
	}

	public Response delete(String path, String user) {
		return send(request(path, user).DELETE());
	}

	public Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = client.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (user != null) {
			builder.setHeader("Authorization", basic(user, PASSWORD));
		}
		return builder;
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, Map<String, List<String>> headers, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new AssertionError("not JSON (" + status + "): " + body, e);
			}
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
		}

	}

}
