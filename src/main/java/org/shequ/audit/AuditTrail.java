package org.shequ.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * Appends audit events to the hash chain in the transaction of the change they record. Events are
 * written out and hashed as they happen, and collected per transaction; just before the transaction
 * commits (after JPA has flushed) they are chained in one go. So the head of the chain is locked
 * only for the last moment of each transaction, and a rolled-back change leaves no entry.
 */
@Component
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	static final String SYSTEM = "system";

	private final ChainWriter writer;

	private final ObjectProvider<IdentityService> identity;

	private final ObjectProvider<EntityManagerFactory> jpa;

	private final TransactionTemplate ownTransaction;

	AuditTrail(ChainWriter writer, ObjectProvider<IdentityService> identity, ObjectProvider<EntityManagerFactory> jpa,
			PlatformTransactionManager transactions) {
		this.writer = writer;
		this.identity = identity;
		this.jpa = jpa;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	public void record(AuditEvent event) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			// Nothing in Shequ changes data outside a transaction; if something ever does, chain it at once.
			log.warn("audit event {} outside a transaction: chained on its own", event.kind());
			ChainEntry entry = entry(event, now, UUID.randomUUID().toString());
			ownTransaction.executeWithoutResult(status -> writer.append(List.of(entry)));
			return;
		}
		Pending pending = pending();
		if (pending.chained) {
			throw new IllegalStateException("audit event " + event.kind()
					+ " after this transaction's entries were chained: change data before the commit starts");
		}
		pending.entries.add(entry(event, now, pending.transaction));
	}

	private ChainEntry entry(AuditEvent event, Instant now, String transaction) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("recordedAt", now.toString());
		content.put("kind", event.kind());
		content.put("refType", event.refType());
		content.put("refId", event.refId());
		content.put("actor", actor());
		content.put("tx", transaction);
		content.put("data", event.data());
		String json = ChainJson.write(content);
		return new ChainEntry(now, event.kind(), event.refType(), event.refId(), json, ChainHashes.sha256(json));
	}

	private String actor() {
		CommandContext command = Context.getCommandContext();
		if (command != null) {
			String user = command.getAuthenticatedUserId();
			return user == null ? SYSTEM : user;
		}
		IdentityService engine = identity.getIfAvailable();
		Authentication authentication = engine == null ? null : engine.getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
	}

	private Pending pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending && pending.owner == this) {
				return pending;
			}
		}
		Pending pending = new Pending(this, UUID.randomUUID().toString());
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/** Makes JPA write its pending changes now, so that their events join this transaction's entries. */
	private void flushJpa() {
		EntityManagerFactory factory = jpa.getIfAvailable();
		if (factory != null && TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder holder
				&& holder.getEntityManager().isJoinedToTransaction()) {
			holder.getEntityManager().flush();
		}
	}

	/** The audit events of one transaction; chained last of all the work done before its commit. */
	private static final class Pending implements TransactionSynchronization, Ordered {

		final AuditTrail owner;

		final String transaction;

		final List<ChainEntry> entries = new ArrayList<>();

		boolean chained;

		Pending(AuditTrail owner, String transaction) {
			this.owner = owner;
			this.transaction = transaction;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			owner.flushJpa();
			chained = true;
			if (!entries.isEmpty()) {
				owner.writer.append(entries);
			}
		}

	}

}
