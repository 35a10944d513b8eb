package org.shequ.notify;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.intake.Case;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The transactional outbox. Messages that case changes call for are collected while a transaction
 * runs; just before it commits, each becomes a {@code resident_notification} row and a
 * {@code resident-notification} process instance waiting at its async send job, in that same
 * transaction. So a message exists exactly when the change that caused it was committed, and it is
 * sent only after that commit, by the job executor, with retries and incidents of its own: a gateway
 * that is down never blocks or undoes anything in the case.
 */
@Component
public class NotificationOutbox {

	public static final String PROCESS_KEY = "resident-notification";

	private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

	private static final DateTimeFormatter RESPOND_BY = DateTimeFormatter.ofPattern("M月d日HH:mm");

	private static final HibernateJpaDialect DIALECT = new HibernateJpaDialect();

	private final EntityManagerFactory entityManagerFactory;

	private final ResidentNotificationRepository notifications;

	private final CommunityRepository communities;

	private final RuntimeService runtime;

	private final Privileged privileged;

	private final ShequClock clock;

	NotificationOutbox(EntityManagerFactory entityManagerFactory, ResidentNotificationRepository notifications,
			CommunityRepository communities, RuntimeService runtime, Privileged privileged, ShequClock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.notifications = notifications;
		this.communities = communities;
		this.runtime = runtime;
		this.privileged = privileged;
		this.clock = clock;
	}

	/** Makes sure the current read-write transaction writes its messages before it commits. */
	void watchCurrentTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		Staged staged = new Staged();
		TransactionSynchronizationManager.bindResource(this, staged);
		TransactionSynchronizationManager.registerSynchronization(new OrderedSynchronization() {

			/** Before the audit chain's own synchronization, which must see the messages written here. */
			@Override
			public int getOrder() {
				return Ordered.LOWEST_PRECEDENCE - 100;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				if (!readOnly) {
					write(staged);
				}
			}

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(NotificationOutbox.this);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(NotificationOutbox.this, staged);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(NotificationOutbox.this);
			}

		});
	}

	/** Called by {@link CaseTransitions} while Hibernate flushes a case change. */
	void stage(Case kase, NotificationKind kind) {
		Staged staged = (Staged) TransactionSynchronizationManager.getResource(this);
		if (staged == null || staged.written) {
			log.error("case {} became {} outside a watched transaction: no message for the resident",
					kase.getTrackingNumber(), kind);
			return;
		}
		staged.messages.add(new StagedMessage(kase, kind));
	}

	private void write(Staged staged) {
		flush();
		staged.written = true;
		for (StagedMessage message : staged.messages) {
			Case kase = message.kase();
			ResidentNotification notification = notifications.save(new ResidentNotification(
					UUID.randomUUID().toString(), kase.getId(), kase.getTrackingNumber(), message.kind(),
					kase.getReporterPhone(), text(kase, message.kind()), clock.now()));
			ProcessInstance delivery = privileged.call(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
				.businessKey(kase.getTrackingNumber() + "/" + message.kind())
				.setVariables(Variables.createVariables()
					.putValue(DeliverNotification.NOTIFICATION_ID, notification.getId())
					.putValue("trackingNumber", kase.getTrackingNumber())
					.putValue("kind", message.kind().name()))
				.execute());
			notification.deliveredBy(delivery.getId());
		}
		staged.messages.clear();
		flush();
	}

	String text(Case kase, NotificationKind kind) {
		String community = communities.findById(kase.getCommunityId()).map(Community::getName).orElse("社区");
		String by = kase.getRespondBy() == null ? "尽快"
				: "在" + RESPOND_BY.format(kase.getRespondBy().atZone(clock.zone())) + "前";
		return kind.text(community, kase.getTrackingNumber(), by);
	}

	/** Writes pending changes now, so that the case changes of this transaction are seen and staged. */
	private void flush() {
		EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
		if (entityManager == null) {
			return;
		}
		try {
			entityManager.flush();
		}
		catch (RuntimeException e) {
			DataAccessException translated = DIALECT.translateExceptionIfPossible(e);
			throw translated != null ? translated : e;
		}
	}

	private static final class Staged {

		final List<StagedMessage> messages = new ArrayList<>();

		boolean written;

	}

	private record StagedMessage(Case kase, NotificationKind kind) {
	}

	private interface OrderedSynchronization extends TransactionSynchronization, Ordered {
	}

}
