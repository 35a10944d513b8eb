package org.shequ.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.shequ.community.CommunityRepository;
import org.shequ.system.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic against Camunda's identity store for {@code /api/*}; reading requests (GET) may instead
 * come from a browser logged in to the Camunda webapps (the auditor's page). The caller becomes the
 * engine's authenticated user for the request, so history and the operation log name them.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	private final CommunityRepository communities;

	private final ObjectMapper json;

	ApiAuthenticationFilter(IdentityService identity, CommunityRepository communities, ObjectMapper json) {
		this.identity = identity;
		this.communities = communities;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String userId = WebappSessions.readingUser(request, identity);
		List<String> groups;
		if (userId != null) {
			groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		}
		else {
			RecentLogins.Login login = ApiCredentials.checkedLogin(request.getHeader("Authorization"), identity);
			if (login == null) {
				unauthorized(request, response);
				return;
			}
			userId = login.userId();
			groups = login.groups();
		}
		Set<String> known = communities.findAll().stream().map(c -> c.getId()).collect(Collectors.toSet());
		Set<String> memberOf = groups.stream().filter(known::contains).collect(Collectors.toSet());
		request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(userId, Set.copyOf(groups), memberOf));
		identity.setAuthentication(userId, groups);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
				"log in with the user name and password of a Shequ staff member (HTTP Basic)");
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		if (request.getHeader(WebappSessions.FROM_PAGE) == null) {
			// pages of the app handle 401 themselves; a browser's Basic dialog would only get in their way
			response.setHeader("WWW-Authenticate", "Basic realm=\"shequ\", charset=\"UTF-8\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), problem);
	}

}
