package org.shequ.followup;

import java.time.Instant;

import org.shequ.intake.Case;
import org.springframework.stereotype.Component;

/**
 * Records a call back to the resident (回访): the callback itself, and on the case the answers of one
 * that reached the resident, which the three rates count (docs/kpi.md).
 */
@Component
public class Callbacks {

	private final CallbackRepository callbacks;

	Callbacks(CallbackRepository callbacks) {
		this.callbacks = callbacks;
	}

	public Callback unreached(Case kase, int attempt, String note, String calledBy, Instant calledAt) {
		return callbacks.save(Callback.unreached(kase.getId(), attempt, note, calledBy, calledAt));
	}

	public Callback reached(Case kase, int attempt, boolean contacted, boolean solved, Satisfaction satisfaction,
			String note, String calledBy, Instant calledAt) {
		kase.countCallback(contacted, solved, satisfaction != Satisfaction.DISSATISFIED);
		return callbacks.save(Callback.reached(kase.getId(), attempt, contacted, solved, satisfaction, note, calledBy,
				calledAt));
	}

}
