package org.shequ.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps one of Shequ's own pages (and the scripts it loads) to the roles it is for. Users log in once,
 * with the Camunda webapps' login ({@link WebappLogin#PAGE} uses it, or Tasklist's or Cockpit's): the
 * session then opens the webapps and the page. Without a session the browser is sent to the login page;
 * anyone else logged in gets 403. HTTP Basic credentials work too, for tools. Pages only read: any other
 * method than GET is refused.
 */
public class PageGuard implements Filter {

	private final IdentityService identity;

	private final Set<String> groups;

	private final Set<String> open;

	private final String refusal;

	/**
	 * @param groups the groups whose members may open the page
	 * @param open paths under the guarded ones that anyone may fetch (they show nothing)
	 * @param refusal what the 403 says
	 */
	public PageGuard(IdentityService identity, Set<String> groups, Set<String> open, String refusal) {
		this.identity = identity;
		this.groups = Set.copyOf(groups);
		this.open = Set.copyOf(open);
		this.refusal = refusal;
	}

	/** This guard as a servlet filter over the page's paths, ahead of the webapps' own filters. */
	public FilterRegistrationBean<PageGuard> over(String name, String... urlPatterns) {
		FilterRegistrationBean<PageGuard> registration = new FilterRegistrationBean<>(this);
		registration.addUrlPatterns(urlPatterns);
		registration.setName(name);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (open.contains(path)) {
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
			response.sendRedirect(request.getContextPath() + WebappLogin.PAGE + "?next="
					+ URLEncoder.encode(back, StandardCharsets.UTF_8));
			return;
		}
		if (identity.createGroupQuery().groupMember(user).groupIdIn(groups.toArray(String[]::new)).count() == 0) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		chain.doFilter(request, response);
	}

}
