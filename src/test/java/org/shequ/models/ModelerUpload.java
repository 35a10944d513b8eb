package org.shequ.models;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.shequ.support.Api;
import org.shequ.support.WebappSession;

/**
 * A deployment as Camunda Modeler's deploy dialog sends it to {@code <REST endpoint>/deployment/create}:
 * multipart form data with the deployment name, source "Camunda Modeler", duplicate filtering on, the
 * diagram and the files chosen under "Include additional files".
 */
final class ModelerUpload {

	static final String SOURCE = "Camunda Modeler";

	private final String boundary = "----shequ" + UUID.randomUUID().toString().replace("-", "");

	private final byte[] body;

	ModelerUpload(String deploymentName, List<ModelFile> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		field(out, "deployment-name", deploymentName);
		field(out, "deployment-source", SOURCE);
		field(out, "enable-duplicate-filtering", "true");
		for (ModelFile file : files) {
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
					+ file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			out.writeBytes(file.content());
			write(out, "\r\n");
		}
		write(out, "--" + boundary + "--\r\n");
		this.body = out.toByteArray();
	}

	Api.Response sendTo(Api api, String user) {
		return sendTo(api, "/engine-rest", user);
	}

	Api.Response sendTo(Api api, String endpoint, String user) {
		return api.send(api.request(endpoint + "/deployment/create", user)
			.header("Content-Type", contentType())
			.header("Accept", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Through the webapps' own engine API (what Cockpit and Tasklist call), with a webapp login. */
	Api.Response sendTo(WebappSession session) {
		return session.post("/camunda/api/engine/engine/default/deployment/create", contentType(),
				java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
	}

	private String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	private void field(ByteArrayOutputStream out, String name, String value) {
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
