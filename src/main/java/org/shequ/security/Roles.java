package org.shequ.security;

import java.util.List;

/** Camunda groups that stand for roles (PRODUCT.md, "Users"). Communities are groups too. */
public final class Roles {

	public static final String ADMIN = "camunda-admin";

	public static final String CASEWORKER = "caseworker";

	public static final String SUPERVISOR = "supervisor";

	public static final String AUDITOR = "auditor";

	public static final String STREET_OFFICE = "streetoffice";

	public static final String CIVIL_AFFAIRS = "civilaffairs";

	public static final String VOLUNTEER = "volunteer";

	/** Everyone who works tasks in Tasklist. */
	public static final List<String> TASK_WORKERS = List.of(CASEWORKER, SUPERVISOR, STREET_OFFICE, CIVIL_AFFAIRS,
			VOLUNTEER);

	public static final List<String> ALL = List.of(CASEWORKER, SUPERVISOR, AUDITOR, STREET_OFFICE, CIVIL_AFFAIRS,
			VOLUNTEER);

	private Roles() {
	}

}
