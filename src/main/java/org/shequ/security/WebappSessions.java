package org.shequ.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Single sign-on with the Camunda webapps for Shequ's own pages: a browser logged in to Cockpit or
 * Tasklist (the session the webapps' login creates) may read {@code /api/*} and open the pages without
 * logging in again. Only for reading: a request that changes something needs HTTP Basic credentials,
 * so a session cookie alone can never be used for a forged change (CSRF).
 */
public final class WebappSessions {

	/** Sent by Shequ's pages with their API calls, so that a 401 does not open the browser's Basic dialog. */
	public static final String FROM_PAGE = "X-Shequ-Page";

	private static final String ENGINE = "default";

	private WebappSessions() {
	}

	/** The user logged in to the webapps in this browser session, for a reading request; null otherwise. */
	public static String readingUser(HttpServletRequest request, IdentityService identity) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return null;
		}
		return sessionUser(request, identity);
	}

	/** The user logged in to the webapps in this browser session (and still existing), or null. */
	public static String sessionUser(HttpServletRequest request, IdentityService identity) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		Authentication authentication = authentications == null ? null
				: authentications.getAuthenticationForProcessEngine(ENGINE);
		if (authentication == null || authentication.getIdentityId() == null) {
			return null;
		}
		String userId = authentication.getIdentityId();
		return identity.createUserQuery().userId(userId).count() == 1 ? userId : null;
	}

}
