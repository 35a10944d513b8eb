package org.shequ.intake;

import org.springframework.stereotype.Component;

/** Facts about a case that gateways ask, e.g. {@code ${caseProgress.responded(caseId)}}. */
@Component("caseProgress")
public class CaseProgress {

	private final CaseRepository cases;

	CaseProgress(CaseRepository cases) {
		this.cases = cases;
	}

	public boolean responded(Number caseId) {
		return cases.findById(caseId.longValue()).map(Case::isResponded).orElse(false);
	}

	public boolean resolved(Number caseId) {
		return cases.findById(caseId.longValue()).map(Case::isResolved).orElse(false);
	}

}
