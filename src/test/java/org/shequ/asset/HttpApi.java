package org.shequ.asset;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the running app over HTTP as a demo user (password {@code demo}), for API tests. */
public class HttpApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public HttpApi(int port) {
		this.port = port;
	}

	public record Answer(int status, String contentType, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new AssertionError("not JSON: " + body, e);
			}
		}

	}

	public Answer get(String user, String path) {
		return send(request(user, path).GET());
	}

	public Answer delete(String user, String path) {
		return send(request(user, path).DELETE());
	}

	public Answer post(String user, String path, Object body) {
		return send(request(user, path).header("Content-Type", "application/json").POST(body(body)));
	}

	public Answer put(String user, String path, Object body) {
		return send(request(user, path).header("Content-Type", "application/json").PUT(body(body)));
	}

	public Answer anonymous(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	private HttpRequest.Builder request(String user, String path) {
		String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials);
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		try {
			String text = body instanceof String s ? s : JSON.writeValueAsString(body);
			return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
