package org.shequ.security;

import org.shequ.system.ShequProperties;
import org.springframework.stereotype.Component;

/** Without demo data the app is production: it will not start with the demo administrator password. */
@Component
class ProductionSafety {

	static final String DEMO_PASSWORD = "demo";

	ProductionSafety(ShequProperties properties) {
		String password = properties.adminPassword();
		if (!properties.demo() && (password == null || password.isBlank() || DEMO_PASSWORD.equals(password))) {
			throw new IllegalStateException("shequ.demo=false but the admin password is still '" + DEMO_PASSWORD
					+ "': set SHEQU_ADMIN_PASSWORD (camunda.bpm.admin-user.password) to a real password");
		}
	}

}
