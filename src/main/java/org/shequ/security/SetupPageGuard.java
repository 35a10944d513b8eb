package org.shequ.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.shequ.system.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Admin app's first-administrator setup creates a {@code camunda-admin} member without any login
 * while that group has no direct member. Shequ creates its administrator from configuration, so the
 * setup endpoint is closed for good rather than only while an administrator exists.
 */
class SetupPageGuard implements Filter {

	private final ObjectMapper json;

	SetupPageGuard(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(HttpStatus.FORBIDDEN.value());
		http.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		http.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(http.getOutputStream(), ApiProblems.problem(HttpStatus.FORBIDDEN, "Forbidden",
				"the first-administrator setup is disabled; the administrator is created from configuration"));
	}

}
