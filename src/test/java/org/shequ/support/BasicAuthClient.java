package org.shequ.support;

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
public final class BasicAuthClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	public BasicAuthClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Response(int status, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new AssertionError("not JSON: " + body, e);
			}
		}

	}

	public Response get(String user, String path) {
		return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response post(String user, String path, String json) {
		return send(user, HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response put(String user, String path, String json) {
		return send(user, HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response delete(String user, String path) {
		return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
	}

	private Response send(String user, HttpRequest.Builder request) {
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

}
