package org.shequ.audit;

import org.shequ.security.CurrentUser;
import org.shequ.system.ForbiddenException;

/**
 * The audit endpoints and page are for the auditor role alone. Not even the administrator, who manages
 * accounts, reads them: who controls the accounts is not who checks what was done with them.
 */
final class Auditors {

	private Auditors() {
	}

	static void require(CurrentUser user) {
		if (!user.isAuditor()) {
			throw new ForbiddenException("only auditors (审计·纪检) may read the audit trail");
		}
	}

}
