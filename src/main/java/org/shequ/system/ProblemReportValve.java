package org.shequ.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request it refused itself, before any servlet saw it (an encoded slash,
 * backslash or NUL in the path, a request line too long, TRACE): problem+json like every other
 * refusal, instead of Tomcat's HTML page. Nothing of the request is echoed.
 */
class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Error" : known.getReasonPhrase();
		String detail = status >= 500 ? "the request could not be completed" : "the request was refused before it reached Shequ";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
						+ detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the client is gone; nothing to tell
		}
	}

}
