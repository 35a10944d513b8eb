package org.shequ.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A browser-like session with the Camunda webapps: their login, cookie and CSRF token. */
public final class WebappSession {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private final String base;

	private WebappSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** Logs in to the given app (tasklist, cockpit, admin) and returns the session, or fails with the status. */
	public static WebappSession login(int port, String app, String user, String password) {
		WebappSession session = new WebappSession(port);
		session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/" + app + "/default/")).GET());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		Api.Response login = session.send(session
			.modifying(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (login.status() != 200) {
			throw new AssertionError("webapp login of " + user + " to " + app + " failed: " + login);
		}
		// the login starts a new session; its CSRF token comes with the next read, as in the browser
		session.get("/camunda/api/engine/engine/");
		return session;
	}

	public Api.Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
	}

	public Api.Response postJson(String path, String json) {
		return send(modifying(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A POST with the session's CSRF token, e.g. a multipart deployment. */
	public Api.Response post(String path, String contentType, HttpRequest.BodyPublisher body) {
		return send(modifying(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(body));
	}

	private HttpRequest.Builder modifying(HttpRequest.Builder builder) {
		String token = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
		return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
	}

	private Api.Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Api.Response(response.statusCode(), response.headers().map(), response.body());
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
