package org.shequ.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials checked against Camunda's identity store ({@link RecentLogins}). */
public final class ApiCredentials {

	private ApiCredentials() {
	}

	/** The user whose name and password the header carries, or null. */
	public static String checkedUser(String authorization, IdentityService identity) {
		RecentLogins.Login login = checkedLogin(authorization, identity);
		return login == null ? null : login.userId();
	}

	/** The login of the user whose name and password the header carries, with their groups, or null. */
	static RecentLogins.Login checkedLogin(String authorization, IdentityService identity) {
		String[] credentials = basicCredentials(authorization);
		return credentials == null ? null : RecentLogins.SHARED.check(credentials[0], credentials[1], identity);
	}

	static String[] basicCredentials(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0 || colon > 64) {
			return null;
		}
		return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
	}}
