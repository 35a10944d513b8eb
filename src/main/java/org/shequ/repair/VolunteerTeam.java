package org.shequ.repair;

import org.camunda.bpm.engine.IdentityService;
import org.shequ.security.Roles;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/** Who belongs to the party-member volunteer team (group {@code volunteer}). */
@Component
class VolunteerTeam {

	private final IdentityService identity;

	private final Privileged privileged;

	VolunteerTeam(IdentityService identity, Privileged privileged) {
		this.identity = identity;
		this.privileged = privileged;
	}

	boolean isMember(String userId) {
		return privileged.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(Roles.VOLUNTEER).count() > 0);
	}

}
