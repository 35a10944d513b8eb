package org.shequ.relief;

import org.shequ.security.CurrentUser;
import org.shequ.security.Roles;
import org.shequ.system.ForbiddenException;

/**
 * Who may read a household's income and medical facts: the staff of the case's own community and the
 * relief approvers (street office, civil affairs). Not auditors, not the administrator, not other
 * communities.
 */
final class ReliefAccess {

	private ReliefAccess() {
	}

	static boolean canReadDetails(CurrentUser user, String community) {
		boolean communityStaff = (user.isCaseworker() || user.isSupervisor()) && user.communities().contains(community);
		boolean approver = user.groups().contains(Roles.STREET_OFFICE) || user.groups().contains(Roles.CIVIL_AFFAIRS);
		return communityStaff || approver;
	}

	static void requireDetails(CurrentUser user, String community) {
		if (!canReadDetails(user, community)) {
			throw new ForbiddenException("relief details are for the staff of community " + community
					+ " and the relief approvers only");
		}
	}

}
