package org.shequ.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaQuery;

/**
 * Reads every row of Shequ's own tables as the chain records them, to compare them with their last
 * chained state. Reads through a fresh persistence context, so it sees the database, not a cache.
 */
@Component
class RecordCheck {

	private final EntityManagerFactory jpa;

	RecordCheck(EntityManagerFactory jpa) {
		this.jpa = jpa;
	}

	record Row(String table, String key, Map<String, Object> state) {
	}

	/** The tables of Shequ's entities (one per entity hierarchy). */
	List<String> tables() {
		List<String> tables = new ArrayList<>();
		persisters().forEach(p -> tables.add(EntityState.table(p)));
		return tables;
	}

	void forEachRow(Consumer<Row> visitor) {
		EntityManager em = jpa.createEntityManager();
		try {
			SessionImplementor session = em.unwrap(SessionImplementor.class);
			for (EntityPersister persister : persisters()) {
				String table = EntityState.table(persister);
				CriteriaQuery<Object> query = criteria(em, persister.getMappedClass());
				Iterator<Object> rows = em.createQuery(query).getResultStream().iterator();
				int read = 0;
				while (rows.hasNext()) {
					Object entity = rows.next();
					Object id = persister.getIdentifier(entity, session);
					visitor.accept(new Row(table, EntityState.key(id),
							EntityState.of(persister, id, persister.getValues(entity), session)));
					if (++read % 500 == 0) {
						em.clear();
					}
				}
				em.clear();
			}
		}
		finally {
			em.close();
		}
	}

	@SuppressWarnings("unchecked")
	private static CriteriaQuery<Object> criteria(EntityManager em, Class<?> type) {
		CriteriaQuery<Object> query = (CriteriaQuery<Object>) em.getCriteriaBuilder().createQuery(type);
		query.select(query.from((Class<Object>) type));
		return query;
	}

	private List<EntityPersister> persisters() {
		SessionFactoryImplementor factory = jpa.unwrap(SessionFactoryImplementor.class);
		List<EntityPersister> roots = new ArrayList<>();
		factory.getMappingMetamodel().forEachEntityDescriptor(p -> {
			if (p.getEntityName().equals(p.getRootEntityName())) {
				roots.add(p);
			}
		});
		roots.sort((a, b) -> EntityState.table(a).compareTo(EntityState.table(b)));
		return roots;
	}

}
