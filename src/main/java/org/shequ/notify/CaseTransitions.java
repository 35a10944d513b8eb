package org.shequ.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.shequ.intake.Case;
import org.shequ.intake.CaseStatus;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

/**
 * Watches what Hibernate writes to {@code shequ_case} and tells the outbox which message a change
 * calls for: the intake process started (received, with the respond-by time the triage set), the first
 * contact recorded (responded), resolved, closed. Watching the row rather than the code that changes it
 * covers every track, including tracks added later, as long as they use {@link Case}'s methods.
 */
@Component
class CaseTransitions implements PostLoadEventListener, PostInsertEventListener, PostUpdateEventListener {

	private final EntityManagerFactory entityManagerFactory;

	private final NotificationOutbox outbox;

	CaseTransitions(EntityManagerFactory entityManagerFactory, NotificationOutbox outbox) {
		this.entityManagerFactory = entityManagerFactory;
		this.outbox = outbox;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_LOAD, this);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
	}

	/** A transaction that may change a case gets its outbox step before it commits. */
	@Override
	public void onPostLoad(PostLoadEvent event) {
		if (event.getEntity() instanceof Case) {
			outbox.watchCurrentTransaction();
		}
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (event.getEntity() instanceof Case kase && !kase.isDemo()) {
			outbox.watchCurrentTransaction();
			State state = new State(event.getPersister(), event.getState());
			if (state.get("processInstanceId") != null) {
				outbox.stage(kase, NotificationKind.RECEIVED);
			}
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		// generated demo history has no resident to tell
		if (!(event.getEntity() instanceof Case kase) || kase.isDemo() || event.getOldState() == null) {
			return;
		}
		State before = new State(event.getPersister(), event.getOldState());
		State after = new State(event.getPersister(), event.getState());
		for (NotificationKind kind : transitions(before, after)) {
			outbox.stage(kase, kind);
		}
	}

	static List<NotificationKind> transitions(State before, State after) {
		return Arrays.stream(NotificationKind.values()).filter(kind -> switch (kind) {
			case RECEIVED -> before.get("processInstanceId") == null && after.get("processInstanceId") != null;
			case RESPONDED -> before.get("respondedAt") == null && after.get("respondedAt") != null;
			case RESOLVED -> becomes(before, after, CaseStatus.RESOLVED);
			case CLOSED -> becomes(before, after, CaseStatus.CLOSED);
		}).toList();
	}

	private static boolean becomes(State before, State after, CaseStatus status) {
		return before.get("status") != status && after.get("status") == status;
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/** A row's values as Hibernate flushes them, by property name. */
	record State(EntityPersister persister, Object[] values) {

		Object get(String property) {
			String[] names = persister.getPropertyNames();
			for (int i = 0; i < names.length; i++) {
				if (Objects.equals(names[i], property)) {
					return values[i];
				}
			}
			throw new IllegalStateException(persister.getEntityName() + " has no property " + property);
		}

	}

}
