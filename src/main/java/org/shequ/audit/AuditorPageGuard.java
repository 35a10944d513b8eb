package org.shequ.audit;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.shequ.security.ApiCredentials;
import org.shequ.security.Roles;
import org.shequ.security.WebappSessions;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The auditor's page ({@code /audit/}) and the viewer it loads are for auditors only. They log in once,
 * with the Camunda webapps' login (the page's login form uses it, or Cockpit's): the session then opens
 * both Cockpit and this page. Without a session the page sends the browser to its login form; anyone
 * else logged in gets 403. HTTP Basic credentials of an auditor work too, for tools.
 */
class AuditorPageGuard implements Filter {

	static final String LOGIN = "/audit/login.html";

	/** The login form and what it needs; they show nothing of any case. */
	private static final Set<String> OPEN = Set.of(LOGIN, "/audit/login.js", "/audit/audit.css", AuditLogin.XSRF);

	private final IdentityService identity;

	AuditorPageGuard(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (OPEN.contains(path)) {
			chain.doFilter(request, response);
			return;
		}
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		String user = WebappSessions.sessionUser(request, identity);
		if (user == null) {
			user = ApiCredentials.checkedUser(request.getHeader("Authorization"), identity);
		}
		if (user == null) {
			String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			response.sendRedirect(request.getContextPath() + LOGIN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
			return;
		}
		if (identity.createGroupQuery().groupMember(user).groupId(Roles.AUDITOR).count() == 0) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "only auditors (审计·纪检) may open the audit page");
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		chain.doFilter(request, response);
	}

}
