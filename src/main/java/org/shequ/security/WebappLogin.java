package org.shequ.security;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Shequ's login page ({@code /login/}) logs in through the Camunda webapps' login, which wants the
 * session's CSRF token. The webapps hand it to their own pages in a cookie under {@code /camunda}, out of
 * reach of a page elsewhere; this gives the same token to a page of the same origin (other origins cannot
 * read the answer), and nothing else.
 */
@RestController
class WebappLogin {

	/** The login page that every {@link PageGuard} sends a browser without a session to. */
	static final String PAGE = "/login/";

	static final String XSRF = "/login/xsrf";

	/** Where Camunda's CSRF filter keeps the token (CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME). */
	static final String CAMUNDA_TOKEN = "CAMUNDA_CSRF_TOKEN";

	@GetMapping(XSRF)
	ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = session == null ? null : session.getAttribute(CAMUNDA_TOKEN);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("token", token == null ? "" : token.toString()));
	}

}
