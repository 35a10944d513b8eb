package org.shequ.roster;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/**
 * Staff members' names as printed on documents and rosters. Shequ keeps the family name as the
 * identity store's first name, so that the webapps' "first last" reads as a Chinese name (刘 海燕).
 */
@Component
public class StaffNames {

	private final IdentityService identity;

	private final Privileged privileged;

	StaffNames(IdentityService identity, Privileged privileged) {
		this.identity = identity;
		this.privileged = privileged;
	}

	/** The user's full name, or the user id when the identity store has no name for it. */
	public String nameOf(String userId) {
		User user = privileged.call(() -> identity.createUserQuery().userId(userId).singleResult());
		if (user == null) {
			return userId;
		}
		String name = (user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName());
		return name.isBlank() ? userId : name;
	}

	public boolean exists(String userId) {
		return privileged.call(() -> identity.createUserQuery().userId(userId).count() > 0);
	}

}
