package org.shequ.roster;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.shequ.security.Roles;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/**
 * Looks up staff in Camunda's identity store. Used in models as {@code ${staff.supervisorsOf(community)}}
 * for escalation (督办) tasks, which only the community's own secretaries may see.
 */
@Component("staff")
public class StaffDirectory {

	private final IdentityService identity;

	private final Privileged privileged;

	public StaffDirectory(IdentityService identity, Privileged privileged) {
		this.identity = identity;
		this.privileged = privileged;
	}

	public List<String> supervisorsOf(String community) {
		return membersOfBoth(Roles.SUPERVISOR, community);
	}

	public List<String> caseworkersOf(String community) {
		return membersOfBoth(Roles.CASEWORKER, community);
	}

	public boolean isCaseworkerOf(String userId, String community) {
		return caseworkersOf(community).contains(userId) || supervisorsOf(community).contains(userId);
	}

	private List<String> membersOfBoth(String role, String community) {
		return privileged.call(() -> {
			List<String> ofCommunity = identity.createUserQuery().memberOfGroup(community).list()
				.stream()
				.map(User::getId)
				.toList();
			return identity.createUserQuery().memberOfGroup(role).list()
				.stream()
				.map(User::getId)
				.filter(ofCommunity::contains)
				.sorted()
				.toList();
		});
	}

}
