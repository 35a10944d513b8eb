package org.shequ.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every insert, update and delete of a Shequ entity (cases, the case log, callbacks, the roster, and
 * whatever entities later tracks add) is chained with the row's full new state, as Hibernate writes
 * it. Changes made with bulk JPQL or SQL statements bypass this, and verification reports the rows
 * they touched as altered.
 */
@Component
class EntityChangeAudit implements HibernatePropertiesCustomizer, PostInsertEventListener, PostUpdateEventListener,
		PostDeleteEventListener {

	private final ObjectProvider<AuditTrail> trail;

	EntityChangeAudit(ObjectProvider<AuditTrail> trail) {
		this.trail = trail;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(new Listeners()));
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		record("insert", event.getPersister(), event.getId(),
				EntityState.of(event.getPersister(), event.getId(), event.getState(), event.getSession()), null);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		String[] names = event.getPersister().getPropertyNames();
		List<String> changed = event.getDirtyProperties() == null ? null
				: Arrays.stream(event.getDirtyProperties()).mapToObj(i -> names[i]).sorted().toList();
		record("update", event.getPersister(), event.getId(),
				EntityState.of(event.getPersister(), event.getId(), event.getState(), event.getSession()), changed);
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record("delete", event.getPersister(), event.getId(),
				EntityState.of(event.getPersister(), event.getId(), event.getDeletedState(), event.getSession()), null);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(String operation, EntityPersister persister, Object id, Map<String, Object> state,
			List<String> changed) {
		String table = EntityState.table(persister);
		Map<String, Object> data = new TreeMap<>();
		data.put("table", table);
		data.put("entity", persister.getEntityName());
		data.put("operation", operation);
		data.put("state", state);
		if (changed != null) {
			data.put("changed", changed);
		}
		trail.getObject().record(new AuditEvent("shequ:" + table + ":" + operation, table, EntityState.key(id), data));
	}

	private final class Listeners implements Integrator {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
			registry.appendListeners(EventType.POST_INSERT, EntityChangeAudit.this);
			registry.appendListeners(EventType.POST_UPDATE, EntityChangeAudit.this);
			registry.appendListeners(EventType.POST_DELETE, EntityChangeAudit.this);
		}

		@Override
		public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
		}

	}

}
