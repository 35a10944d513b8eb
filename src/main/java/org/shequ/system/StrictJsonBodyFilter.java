package org.shequ.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * JSON bodies of Shequ's API are UTF-8 (RFC 8259): a body declared in another charset is refused
 * (415), and one that is not strictly valid UTF-8 (stray bytes, overlong forms, encoded surrogates,
 * a sequence cut off at the end) fails while it is read, which answers 400. Without this, invalid
 * bytes would silently become U+FFFD or lone surrogates in stored text.
 */
class StrictJsonBodyFilter extends OncePerRequestFilter {

	private final ObjectMapper json;

	StrictJsonBodyFilter(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MediaType type = jsonType(request.getContentType());
		if (type == null) {
			chain.doFilter(request, response);
			return;
		}
		if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
			ProblemDetail problem = ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
					"JSON is accepted in UTF-8 only");
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(new Utf8Body(request), response);
	}

	/** The media type if it is JSON ({@code application/json} or {@code application/*+json}), else null. */
	private static MediaType jsonType(String contentType) {
		if (contentType == null) {
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| (type.getType().equals("application") && type.getSubtype().endsWith("+json")) ? type : null;
		}
		catch (InvalidMediaTypeException e) {
			return null;
		}
	}

	/** Reading the body failed because it is not UTF-8; answered 400 (see {@link ApiProblems}). */
	static final class NotUtf8Exception extends IOException {

		NotUtf8Exception() {
			super("the body is not valid UTF-8");
		}

	}

	/** The request whose body stream checks every byte it hands out. */
	private static final class Utf8Body extends HttpServletRequestWrapper {

		private ServletInputStream checked;

		Utf8Body(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (checked == null) {
				checked = new Utf8CheckingStream(super.getInputStream());
			}
			return checked;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

	private static final class Utf8CheckingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final CharBuffer decoded = CharBuffer.allocate(8192);

		/** The start of a character whose remaining bytes are still to come (at most 3 bytes). */
		private byte[] carry = new byte[0];

		private boolean ended;

		Utf8CheckingStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n < 0) {
				check(new byte[0], 0, 0, true);
			}
			else {
				check(buffer, offset, n, false);
			}
			return n;
		}

		private void check(byte[] bytes, int offset, int length, boolean end) throws IOException {
			if (ended) {
				return;
			}
			ByteBuffer input = ByteBuffer.allocate(carry.length + length);
			input.put(carry).put(bytes, offset, length).flip();
			while (true) {
				decoded.clear();
				CoderResult result = decoder.decode(input, decoded, end);
				if (result.isError()) {
					throw new NotUtf8Exception();
				}
				if (!result.isOverflow()) {
					break;
				}
			}
			if (end) {
				ended = true;
				decoded.clear();
				if (input.hasRemaining() || decoder.flush(decoded).isError()) {
					throw new NotUtf8Exception();
				}
			}
			carry = new byte[input.remaining()];
			input.get(carry);
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
