package org.shequ.intake;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The day's first case creates its counter in a transaction of its own, so a race loses only that
 * insert. {@code persist}, not {@code save}: a merge would overwrite the winner's count.
 */
@Component
class TrackingCounterCreator {

	private final EntityManager entityManager;

	TrackingCounterCreator(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void create(TrackingCounter.Key key) {
		entityManager.persist(new TrackingCounter(key));
		entityManager.flush();
	}

}
