package org.shequ.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an export of {@code GET /api/audit/export} offline, with nothing but a JDK:
 *
 * <pre>
 * java src/main/java/org/shequ/audit/AuditExportVerifier.java audit.jsonl
 * </pre>
 *
 * For every line: SHA-256 of {@code content} is {@code contentHash}; SHA-256 of
 * {@code seq|prevHash|contentHash} is {@code hash}; {@code prevHash} is the previous line's
 * {@code hash} and {@code seq} follows it. Prints the range and the last hash (compare it with the
 * head that {@code GET /api/audit/verify} gave, or with the first {@code prevHash} of the next export);
 * exits with 1 at the first broken line. Self-contained on purpose: it runs as a single source file.
 */
public final class AuditExportVerifier {

	private AuditExportVerifier() {
	}

	public static void main(String[] args) throws IOException {
		BufferedReader in = args.length == 0 || "-".equals(args[0])
				? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
				: Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
		String problem = null;
		try (in) {
			problem = check(in, System.out);
		}
		if (problem != null) {
			System.out.println("BROKEN " + problem);
			System.exit(1);
		}
	}

	/** Checks the lines; prints the result and gives the first problem, or null. */
	static String check(BufferedReader lines, java.io.PrintStream out) throws IOException {
		long count = 0;
		long firstSeq = -1;
		long lastSeq = -1;
		String firstPrev = null;
		String previous = null;
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, Object> entry;
			try {
				entry = new Json(line).object();
			}
			catch (IllegalArgumentException e) {
				return "line " + (count + 1) + ": not JSON (" + e.getMessage() + ")";
			}
			long seq = ((BigDecimal) entry.get("seq")).longValueExact();
			String prevHash = (String) entry.get("prevHash");
			String contentHash = (String) entry.get("contentHash");
			String hash = (String) entry.get("hash");
			String content = (String) entry.get("content");
			if (previous != null && seq != lastSeq + 1) {
				return "seq " + seq + ": expected " + (lastSeq + 1) + " (entries missing)";
			}
			if (previous != null && !previous.equals(prevHash)) {
				return "seq " + seq + ": does not link to the line before";
			}
			if (!sha256(content).equals(contentHash)) {
				return "seq " + seq + ": content does not match its hash (changed)";
			}
			if (!sha256(seq + "|" + prevHash + "|" + contentHash).equals(hash)) {
				return "seq " + seq + ": hash does not match";
			}
			if (firstPrev == null) {
				firstPrev = prevHash;
				firstSeq = seq;
			}
			previous = hash;
			lastSeq = seq;
			count++;
		}
		out.println("OK " + count + " entries" + (count == 0 ? ""
				: ", seq " + firstSeq + ".." + lastSeq + ", starts after " + firstPrev + ", ends with " + previous));
		return null;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Just enough JSON for one export line: objects, arrays, strings, numbers, literals. */
	private static final class Json {

		private final String text;

		private int at;

		Json(String text) {
			this.text = text;
		}

		Map<String, Object> object() {
			Object value = value();
			skipSpace();
			if (!(value instanceof Map<?, ?>) || at != text.length()) {
				throw new IllegalArgumentException("one object per line expected");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) value;
			return map;
		}

		private Object value() {
			skipSpace();
			if (at >= text.length()) {
				throw new IllegalArgumentException("unexpected end");
			}
			char c = text.charAt(at);
			if (c == '{') {
				Map<String, Object> map = new LinkedHashMap<>();
				at++;
				skipSpace();
				if (peek('}')) {
					return map;
				}
				do {
					skipSpace();
					String key = string();
					skipSpace();
					expect(':');
					map.put(key, value());
					skipSpace();
				}
				while (peek(','));
				expect('}');
				return map;
			}
			if (c == '[') {
				List<Object> list = new ArrayList<>();
				at++;
				skipSpace();
				if (peek(']')) {
					return list;
				}
				do {
					list.add(value());
					skipSpace();
				}
				while (peek(','));
				expect(']');
				return list;
			}
			if (c == '"') {
				return string();
			}
			for (String literal : List.of("true", "false", "null")) {
				if (text.startsWith(literal, at)) {
					at += literal.length();
					return "null".equals(literal) ? null : Boolean.valueOf(literal);
				}
			}
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			if (start == at) {
				throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
			}
			return new BigDecimal(text.substring(start, at));
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				if (at >= text.length()) {
					throw new IllegalArgumentException("unterminated string");
				}
				char c = text.charAt(at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char escaped = text.charAt(at++);
				switch (escaped) {
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case 'r' -> out.append('\r');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
						at += 4;
					}
					default -> out.append(escaped);
				}
			}
		}

		private boolean peek(char c) {
			if (at < text.length() && text.charAt(at) == c) {
				at++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw new IllegalArgumentException("'" + c + "' expected at " + at);
			}
		}

		private void skipSpace() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

	}

}
