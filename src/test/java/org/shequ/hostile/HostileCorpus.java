package org.shequ.hostile;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.shequ.support.TestCases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates malformed and hostile requests for every write endpoint and every id in a path: JSON type
 * confusion, huge fields, deep nesting, control characters and invalid UTF-8, SQL and expression
 * injection, script tags, wrong content types and methods, unknown fields, bad credentials, path
 * traversal. Every request is one that Shequ must refuse: none may change anything.
 */
final class HostileCorpus {

	/** A supervisor of jiefangqiao: may file and supervise there, so requests get past authorization. */
	static final String INSIDER = "jfqsup";

	/** A grid worker of another community. */
	static final String OUTSIDER = "hhbgrid1";

	record HostileRequest(String label, String method, String path, String authorization, String contentType,
			Map<String, String> headers, byte[] body) {

		@Override
		public String toString() {
			String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
			return label + " — " + method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path) + " ["
					+ contentType + "] " + shown.replaceAll("\\p{Cntrl}", "?");
		}

	}

	static final List<String> INJECTIONS = List.of("' OR '1'='1", "1 OR 1=1", "'; DROP TABLE shequ_case; --",
			"\" OR \"\"=\"", "1' UNION SELECT user_id_, pwd_ FROM act_id_user --", "'||(SELECT 1)||'",
			"${7*7}", "#{7*7}", "${runtimeService.deleteProcessInstance('x','y')}",
			"#{T(java.lang.Runtime).getRuntime().exec('id')}", "${''.getClass().forName('java.lang.Runtime')}",
			"${jndi:ldap://127.0.0.1:1389/a}", "{{7*7}}", "%{7*7}", "$(id)", "`id`",
			"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
			"javascript:alert(1)", "admin'--", "1; WAITFOR DELAY '0:0:5'--", "1' AND pg_sleep(5)--",
			"${T(java.lang.System).exit(0)}", "#{execution.setVariable('hacked', true)}", "${execution}",
			"${identityService.newUser('intruder')}", "${@java.lang.Runtime@getRuntime().exec('id')}",
			"<iframe src=\"javascript:alert(1)\"></iframe>", "'\"><script>alert(document.cookie)</script>");

	static final List<String> TRAVERSALS = List.of("..", ".", "../..", "../../../../etc/passwd",
			"..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "....//....//", "/etc/passwd", "~root",
			"..;/..;/", "WEB-INF/web.xml");

	static final List<String> ODD_IDS = List.of("\u0000", "a\u0000b", "\r\nX-Injected: 1", "\t", " ", "\u202e",
			"\ufeff", "\ud83d\ude00", "诉求", "A".repeat(3000), "-1", "0", "99999999999999999999999", "1e308", "NaN",
			"null", "undefined", "true", "[]", "{}", "*", "%", "?", "#", ";", "a;jsessionid=1", "JFQ-20261202-0001'--",
			"jfq-20261202-0001", "JFQ-2026120-0001", "JFQ-20261202-00001");

	static final List<String> TYPE_CONFUSION_FOR_TEXT = List.of("42", "-1", "4.2", "true", "false", "[]", "[\"a\"]",
			"{}", "{\"$gt\":\"\"}", "[[[]]]", "1e999", "-0");

	static final List<String> TYPE_CONFUSION_FOR_FLAG = List.of("\"true\"", "\"yes\"", "1", "0", "\"1\"", "[]", "{}",
			"\"\"", "\"null\"", "[true]", "1.0");

	static final List<String> TYPE_CONFUSION_FOR_NUMBER = List.of("\"1\"", "true", "1.5", "1e400",
			"99999999999999999999999999", "[]", "{}", "\"NaN\"", "-1e400");

	static final List<String> TYPE_CONFUSION_OTHER = List.of("42", "true", "[]", "{}", "\"no-such-value\"");

	/** JSON string literals (already escaped) with control characters and lone surrogates. */
	static final List<String> CONTROL_TEXT = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0007bell\"",
			"\"\\u001b[2Jclear\"", "\"back\\bspace\"", "\"del\\u007f\"", "\"next\\u0085line\"", "\"\\ud800\"",
			"\"\\udc00x\"", "\"\\uffff\"", "\"\\ufffe\"");

	static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0xFF), bytes(0xED, 0xA0, 0x80),
			bytes(0xC0, 0xAF), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xE2, 0x82));

	static final List<String> UNKNOWN_FIELD_NAMES = List.of("__proto__", "constructor", "@class", "@type", "$type",
			"class", "id", "status", "trackingNumber", "processInstanceId", "receivedBy", "version", "${7*7}",
			"#{7*7}", "<script>", "' OR 1=1--", "", " ");

	static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/xml",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
			"application/javascript", "text/html", "garbage", "application/x-java-serialized-object",
			"application/yaml");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String RAW = "\u0001RAW\u0001";

	private final List<HostileRequest> requests = new ArrayList<>();

	private final String trackingNumber;

	private HostileCorpus(String trackingNumber) {
		this.trackingNumber = trackingNumber;
	}

	static List<HostileRequest> generate(List<Endpoint> endpoints, String existingTrackingNumber) {
		HostileCorpus corpus = new HostileCorpus(existingTrackingNumber);
		for (Endpoint endpoint : endpoints) {
			if (!endpoint.variables().isEmpty()) {
				corpus.hostileIds(endpoint);
			}
			if (endpoint.isWrite()) {
				corpus.wrongMethods(endpoint);
				corpus.badCredentials(endpoint);
				if (endpoint.bodyType() != null) {
					corpus.hostileBodies(endpoint);
				}
			}
		}
		return corpus.requests;
	}

	// ---- ids in paths

	private void hostileIds(Endpoint endpoint) {
		List<String> ids = new ArrayList<>();
		ids.addAll(INJECTIONS);
		ids.addAll(TRAVERSALS);
		ids.addAll(ODD_IDS);
		for (String variable : endpoint.variables()) {
			for (String method : endpoint.methods()) {
				if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				boolean sendsBody = endpoint.bodyType() != null && Endpoint.WRITE_METHODS.contains(method);
				for (String id : ids) {
					String path = endpoint.path(name -> name.equals(variable) ? encode(id) : encode(validId(endpoint, name)));
					for (String user : sendsBody ? List.of(INSIDER) : List.of(INSIDER, "auditor")) {
						add("hostile id in {" + variable + "} as " + user, method, path, user,
								sendsBody ? "application/json" : null, sendsBody ? validBody(endpoint) : null);
					}
				}
				// the same traversals unencoded, as a careless client would send them (Tomcat resolves dot
				// segments before Shequ sees the path, so going further up would leave Shequ's API)
				for (String raw : List.of("..", "./.", "..;", "%2e%2e", "%2E%2E", ".%2e")) {
					String path = endpoint.path(name -> name.equals(variable) ? raw : encode(validId(endpoint, name)));
					add("raw traversal in {" + variable + "}", method, path, INSIDER, null, null);
				}
			}
		}
	}

	// ---- methods and credentials

	private void wrongMethods(Endpoint endpoint) {
		String path = endpoint.path(name -> encode(validId(endpoint, name)));
		// (TRACE never gets this far: Tomcat refuses it itself, with an empty 405)
		for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
			if (!endpoint.methods().contains(method)) {
				add("method not allowed", method, path, INSIDER, "application/json",
						endpoint.bodyType() == null ? null : validBody(endpoint));
			}
		}
	}

	private void badCredentials(Endpoint endpoint) {
		String path = endpoint.path(name -> encode(validId(endpoint, name)));
		String method = writeMethod(endpoint);
		byte[] body = endpoint.bodyType() == null ? null : validBody(endpoint);
		String type = body == null ? null : "application/json";
		List<String> headers = new ArrayList<>();
		headers.add(null);
		headers.add("Basic ");
		headers.add("Basic !!!not-base64!!!");
		headers.add("Bearer eyJhbGciOiJub25lIn0.e30.");
		headers.add("Digest username=\"" + INSIDER + "\"");
		headers.add(basic("nobody-" + "x", "demo"));
		headers.add(basic(INSIDER, null));
		headers.add(basic("", "demo"));
		headers.add(basic("x".repeat(100), "demo"));
		headers.add(basic("' OR '1'='1", "' OR '1'='1"));
		headers.add(basic("${7*7}", "demo"));
		for (String header : headers) {
			requests.add(new HostileRequest("bad credentials: " + header, method, path, header, type, Map.of(), body));
		}
		add("read-only auditor", method, path, "auditor", type, body);
		add("caseworker of another community", method, path, OUTSIDER, type, body);
	}

	// ---- bodies

	private void hostileBodies(Endpoint endpoint) {
		String path = endpoint.path(name -> encode(validId(endpoint, name)));
		String method = writeMethod(endpoint);
		if (!endpoint.consumesJson()) {
			for (String type : WRONG_CONTENT_TYPES) {
				add("garbage for a non-JSON endpoint", method, path, INSIDER, type, "garbage<".getBytes(StandardCharsets.UTF_8));
			}
			return;
		}
		Map<String, Object> base = baseBody(endpoint);
		Map<String, Type> fields = endpoint.bodyFields();
		for (String user : List.of(INSIDER, OUTSIDER)) {
			for (Map.Entry<String, Type> field : fields.entrySet()) {
				String name = field.getKey();
				for (String literal : typeConfusion(field.getValue())) {
					add("type confusion in " + name + " as " + user, method, path, user, "application/json",
							withLiteral(base, name, literal));
				}
				if (isText(field.getValue())) {
					add("huge " + name, method, path, user, "application/json", with(base, name, "A".repeat(1_000_000)));
					add("huge Chinese " + name, method, path, user, "application/json", with(base, name, "诉".repeat(300_000)));
					for (String literal : CONTROL_TEXT) {
						add("control characters in " + name + " as " + user, method, path, user, "application/json",
								withLiteral(base, name, literal));
					}
					for (byte[] bad : INVALID_UTF8) {
						add("invalid UTF-8 in " + name + " as " + user, method, path, user, "application/json",
								withRawBytes(base, name, bad));
					}
					add("deep nesting in " + name, method, path, user, "application/json",
							withLiteral(base, name, "[".repeat(5000) + "]".repeat(5000)));
				}
			}
			for (String unknown : UNKNOWN_FIELD_NAMES) {
				if (fields.containsKey(unknown)) {
					continue;
				}
				Map<String, Object> body = new LinkedHashMap<>(base);
				body.put(unknown, "${7*7}");
				add("unknown field " + unknown + " as " + user, method, path, user, "application/json", write(body));
				Map<String, Object> nested = new LinkedHashMap<>(base);
				nested.put(unknown, Map.of("admin", true, "groups", List.of("camunda-admin")));
				add("unknown object field " + unknown, method, path, user, "application/json", write(nested));
			}
		}
		for (String injection : INJECTIONS) {
			Map<String, Object> body = new LinkedHashMap<>(base);
			body.put(injection, injection);
			add("injection as a field name", method, path, INSIDER, "application/json", write(body));
		}
		identifierInjections(endpoint, base, method, path);
		wholeBodies(base, method, path);
		for (String type : WRONG_CONTENT_TYPES) {
			add("wrong content type " + type, method, path, INSIDER, type, write(base));
		}
		add("JSON declared as UTF-16", method, path, INSIDER, "application/json; charset=UTF-16", write(base));
		add("no content type", method, path, INSIDER, null, write(base));
	}

	/** For bodies whose fields are identifiers or codes (POST /api/cases), injections must be refused by validation. */
	private void identifierInjections(Endpoint endpoint, Map<String, Object> base, String method, String path) {
		if (!endpoint.bodyType().getSimpleName().equals("NewCaseRequest")) {
			return;
		}
		for (String field : List.of("community", "grid", "category", "channel", "reporterPhone")) {
			for (String injection : INJECTIONS) {
				add("injection in " + field, method, path, INSIDER, "application/json", with(base, field, injection));
			}
			add("null " + field, method, path, INSIDER, "application/json", with(base, field, null));
		}
		for (String field : List.of("title", "description", "reporterName", "urgent")) {
			add("null " + field, method, path, INSIDER, "application/json", with(base, field, null));
			add("missing " + field, method, path, INSIDER, "application/json", without(base, field));
		}
		for (String key : List.of(" ", "a b", "k".repeat(129), "'; DROP TABLE idempotent_request; --")) {
			requests.add(new HostileRequest("bad Idempotency-Key", method, path, basic(INSIDER, "demo"),
					"application/json", Map.of("Idempotency-Key", key), write(base)));
		}
	}

	private void wholeBodies(Map<String, Object> base, String method, String path) {
		String valid = new String(write(base), StandardCharsets.UTF_8);
		String firstKey = base.keySet().iterator().next();
		List<String> bodies = new ArrayList<>(List.of("", " ", "null", "true", "42", "\"text\"", "[]", "[{}]", "{", "}",
				"{\"" + firstKey + "\":", "{'" + firstKey + "':'x'}", "{" + firstKey + ":\"x\"}",
				"<case><community>jiefangqiao</community></case>", "community=jiefangqiao&grid=jfq-1", valid + "}",
				valid + " {}", valid + "x", valid + valid, valid.substring(0, valid.length() - 1),
				valid.replaceFirst("\\{", "{/* comment */"), valid.replaceFirst("\\{", "{\"" + firstKey + "\":\"x\","),
				"[" + valid + "]", "{\"" + firstKey + "\":NaN}", "{\"" + firstKey + "\":Infinity}",
				"[".repeat(100_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000), "\u0000"));
		StringBuilder manyFields = new StringBuilder(valid.substring(0, valid.length() - 1));
		for (int i = 0; i < 5000; i++) {
			manyFields.append(",\"f").append(i).append("\":").append(i);
		}
		bodies.add(manyFields.append('}').toString());
		for (String body : bodies) {
			add("malformed body", method, path, INSIDER, "application/json", body.getBytes(StandardCharsets.UTF_8));
		}
		Random random = new Random(10);
		for (int i = 0; i < 5; i++) {
			byte[] noise = new byte[1024 << i];
			random.nextBytes(noise);
			add("random bytes", method, path, INSIDER, "application/json", noise);
		}
		byte[] utf16 = valid.getBytes(StandardCharsets.UTF_16);
		add("UTF-16 bytes declared as UTF-8", method, path, INSIDER, "application/json; charset=UTF-8", utf16);
	}

	// ---- helpers

	private String validId(Endpoint endpoint, String variable) {
		String before = endpoint.pattern().substring(0, endpoint.pattern().indexOf("{" + variable));
		String segment = before.replaceAll("/$", "");
		segment = segment.substring(segment.lastIndexOf('/') + 1);
		String name = variable.toLowerCase();
		if (name.contains("tracking") || segment.equals("cases")) {
			return trackingNumber;
		}
		if (name.contains("community") || segment.equals("communities")) {
			return "jiefangqiao";
		}
		if (name.contains("grid") || segment.equals("grids")) {
			return "jfq-1";
		}
		return "1";
	}

	private static String writeMethod(Endpoint endpoint) {
		return endpoint.methods().stream().filter(Endpoint.WRITE_METHODS::contains).findFirst().orElse("POST");
	}

	private byte[] validBody(Endpoint endpoint) {
		return write(baseBody(endpoint));
	}

	/** A well-formed body: the known valid one for new cases, plausible values of each type otherwise. */
	private static Map<String, Object> baseBody(Endpoint endpoint) {
		if (endpoint.bodyType().getSimpleName().equals("NewCaseRequest")) {
			return new LinkedHashMap<>(TestCases.caseBody());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		endpoint.bodyFields().forEach((name, type) -> body.put(name, plausible(type)));
		if (body.isEmpty()) {
			body.put("note", "测试");
		}
		return body;
	}

	private static Object plausible(Type type) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			return "测试内容";
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return false;
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return 1;
		}
		if (raw.isEnum()) {
			return raw.getEnumConstants()[0].toString();
		}
		if (raw == LocalDate.class) {
			return "2026-12-02";
		}
		if (raw == LocalDateTime.class) {
			return "2026-12-02T10:00:00";
		}
		if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
			return "2026-12-02T10:00:00+08:00";
		}
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			return List.of();
		}
		return Map.of();
	}

	private static List<String> typeConfusion(Type type) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			return TYPE_CONFUSION_FOR_TEXT;
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return TYPE_CONFUSION_FOR_FLAG;
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return TYPE_CONFUSION_FOR_NUMBER;
		}
		return TYPE_CONFUSION_OTHER;
	}

	private static boolean isText(Type type) {
		return raw(type) == String.class;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		return Object.class;
	}

	private static byte[] with(Map<String, Object> base, String field, Object value) {
		Map<String, Object> body = new LinkedHashMap<>(base);
		body.put(field, value);
		return write(body);
	}

	private static byte[] without(Map<String, Object> base, String field) {
		Map<String, Object> body = new LinkedHashMap<>(base);
		body.remove(field);
		return write(body);
	}

	/** The body with the field's value replaced by a raw JSON literal. */
	private static byte[] withLiteral(Map<String, Object> base, String field, String literal) {
		String json = new String(with(base, field, RAW), StandardCharsets.UTF_8);
		return json.replace(quoted(RAW), literal).getBytes(StandardCharsets.UTF_8);
	}

	/** The body with raw (invalid UTF-8) bytes inside the field's string. */
	private static byte[] withRawBytes(Map<String, Object> base, String field, byte[] raw) {
		String json = new String(with(base, field, RAW), StandardCharsets.UTF_8);
		int at = json.indexOf(quoted(RAW));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(json.substring(0, at + 1).getBytes(StandardCharsets.UTF_8));
		out.writeBytes("居民".getBytes(StandardCharsets.UTF_8));
		out.writeBytes(raw);
		out.writeBytes(json.substring(at + quoted(RAW).length() - 1).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String quoted(String value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] write(Object body) {
		try {
			return JSON.writeValueAsBytes(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private void add(String label, String method, String path, String user, String contentType, byte[] body) {
		requests.add(new HostileRequest(label, method, path, user == null ? null : basic(user, "demo"), contentType,
				Map.of(), body));
	}

	static String basic(String user, String password) {
		String credentials = password == null ? user : user + ":" + password;
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	/** Percent-encodes everything but RFC 3986's unreserved characters, as a client encodes one path segment. */
	static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return out.toString();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
