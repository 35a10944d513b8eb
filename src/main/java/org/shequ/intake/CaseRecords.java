package org.shequ.intake;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * How process code reaches the case it works on (through the {@code caseId} variable) and writes
 * what was done into the case log.
 */
@Component
public class CaseRecords {

	public static final String CASE_ID = "caseId";

	public static final String SYSTEM = "system";

	private final CaseRepository cases;

	private final CaseLogRepository logs;

	private final IdentityService identity;

	private final ShequClock clock;

	public CaseRecords(CaseRepository cases, CaseLogRepository logs, IdentityService identity, ShequClock clock) {
		this.cases = cases;
		this.logs = logs;
		this.identity = identity;
		this.clock = clock;
	}

	public Case of(VariableScope scope) {
		Object id = scope.getVariable(CASE_ID);
		if (!(id instanceof Number number)) {
			throw new IllegalStateException("no case id in this process: variable " + CASE_ID + " is " + id);
		}
		return cases.findById(number.longValue())
			.orElseThrow(() -> new IllegalStateException("case " + id + " does not exist"));
	}

	public void log(Case kase, String kind, String actor, String detail) {
		logs.save(new CaseLog(kase.getId(), kind, clock.now(), actor, detail));
	}

	/** Whoever is logged in to the engine, e.g. the caseworker completing a task in Tasklist. */
	public String actor() {
		Authentication authentication = identity.getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
	}

	/** The user completing the task; the assignee when the engine is driven without a login (tests, jobs). */
	public String actor(DelegateTask task) {
		String actor = actor();
		if (SYSTEM.equals(actor) && task.getAssignee() != null) {
			return task.getAssignee();
		}
		return actor;
	}

}
