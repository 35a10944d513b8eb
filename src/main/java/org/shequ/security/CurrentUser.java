package org.shequ.security;

import java.util.Set;

import org.shequ.system.ForbiddenException;

/** The authenticated caller of Shequ's API, with the communities they belong to. */
public record CurrentUser(String id, Set<String> groups, Set<String> communities) {

	public static final String ATTRIBUTE = CurrentUser.class.getName();

	public CurrentUser {
		groups = Set.copyOf(groups);
		communities = Set.copyOf(communities);
	}

	public boolean isAdmin() {
		return groups.contains(Roles.ADMIN);
	}

	public boolean isAuditor() {
		return groups.contains(Roles.AUDITOR);
	}

	public boolean isSupervisor() {
		return groups.contains(Roles.SUPERVISOR);
	}

	public boolean isCaseworker() {
		return groups.contains(Roles.CASEWORKER);
	}

	public boolean seesAllCommunities() {
		return isAdmin() || isAuditor();
	}

	/** Community staff read their own community's cases; auditors and the administrator read all. */
	public boolean canRead(String community) {
		return seesAllCommunities() || ((isCaseworker() || isSupervisor()) && communities.contains(community));
	}

	/** Only the community's own caseworkers and secretaries (and the administrator) take in cases. */
	public boolean canFile(String community) {
		return isAdmin() || ((isCaseworker() || isSupervisor()) && communities.contains(community));
	}

	public boolean canSupervise(String community) {
		return isAdmin() || (isSupervisor() && communities.contains(community));
	}

	public void requireRead(String community) {
		if (!canRead(community)) {
			throw new ForbiddenException("you do not work for community " + community);
		}
	}

	public void requireFile(String community) {
		if (!canFile(community)) {
			throw new ForbiddenException("you may not file cases for community " + community);
		}
	}

	public void requireSupervise(String community) {
		if (!canSupervise(community)) {
			throw new ForbiddenException("only the secretary of community " + community + " may do this");
		}
	}

}
