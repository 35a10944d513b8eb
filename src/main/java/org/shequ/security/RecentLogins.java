package org.shequ.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * HTTP Basic logins that succeeded in the last {@link #KEPT}, so that a client sending the same
 * credentials with every request is not checked against the identity store (a password hash and three
 * queries) every time. Kept in memory only, under an HMAC of name and password with a key made at start,
 * never the password itself. A wrong password is never kept and always goes to the engine, whose
 * lock-out after failed attempts stays in force; a changed password, a removed user or a changed group
 * takes effect within {@link #KEPT}. One instance per process, because Camunda's REST filter creates its
 * authentication provider by class name.
 */
final class RecentLogins {

	static final Duration KEPT = Duration.ofSeconds(30);

	private static final int MOST = 10_000;

	static final RecentLogins SHARED = new RecentLogins();

	/** Who logged in, with their groups and tenants as they were at that moment. */
	record Login(String userId, List<String> groups, List<String> tenants, Instant until) {
	}

	private final Map<String, Login> logins = new ConcurrentHashMap<>();

	private final SecretKeySpec key;

	private RecentLogins() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The login for these credentials, checked now or within the last {@link #KEPT}; null when they are wrong. */
	Login check(String userId, String password, IdentityService identity) {
		String credentials = mac(userId + '\u0000' + password);
		Instant now = Instant.now();
		Login recent = logins.get(credentials);
		if (recent != null && now.isBefore(recent.until())) {
			return recent;
		}
		if (!identity.checkPassword(userId, password)) {
			logins.remove(credentials);
			return null;
		}
		Login login = new Login(userId,
				identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
				identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
					.map(Tenant::getId)
					.toList(),
				now.plus(KEPT));
		if (logins.size() >= MOST) {
			logins.values().removeIf(kept -> !now.isBefore(kept.until()));
			if (logins.size() >= MOST) {
				logins.clear();
			}
		}
		logins.put(credentials, login);
		return login;
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
