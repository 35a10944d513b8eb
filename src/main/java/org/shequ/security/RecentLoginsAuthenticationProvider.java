package org.shequ.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import jakarta.servlet.http.HttpServletRequest;

/** HTTP Basic for {@code /engine-rest}, through {@link RecentLogins}; the groups come with the login. */
public class RecentLoginsAuthenticationProvider extends HttpBasicAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		String[] credentials = ApiCredentials.basicCredentials(request.getHeader("Authorization"));
		if (credentials == null) {
			return super.extractAuthenticatedUser(request, engine);
		}
		RecentLogins.Login login = RecentLogins.SHARED.check(credentials[0], credentials[1], engine.getIdentityService());
		if (login == null) {
			return AuthenticationResult.unsuccessful(credentials[0]);
		}
		AuthenticationResult result = AuthenticationResult.successful(login.userId());
		result.setGroups(login.groups());
		result.setTenants(login.tenants());
		return result;
	}

}
