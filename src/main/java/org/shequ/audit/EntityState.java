package org.shequ.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.property.access.internal.PropertyAccessStrategyBackRefImpl;
import org.hibernate.property.access.internal.PropertyAccessStrategyIndexBackRefImpl;
import org.hibernate.property.access.spi.PropertyAccessStrategy;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

/**
 * One of Shequ's rows as the chain records it: its table, its key and its column values, written the
 * same way whether they come from a change being made or from the row read back during verification
 * (times to the microsecond the database keeps, decimals without trailing zeros, references as keys).
 */
final class EntityState {

	private EntityState() {
	}

	static String table(EntityPersister persister) {
		return persister instanceof AbstractEntityPersister mapped ? mapped.getRootTableName().toLowerCase()
				: persister.getEntityName();
	}

	static String key(Object id) {
		Object plain = plain(id, null, null);
		return plain instanceof Map<?, ?> ? ChainJson.write(plain) : String.valueOf(plain);
	}

	static Map<String, Object> of(EntityPersister persister, Object id, Object[] values,
			SharedSessionContractImplementor session) {
		Map<String, Object> state = new TreeMap<>();
		state.put("@id", plain(id, null, session));
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			if (!types[i].isCollectionType() && !isBackReference(persister, names[i])) {
				state.put(names[i], plain(values[i], types[i], session));
			}
		}
		return state;
	}

	/**
	 * Hibernate's synthetic property for the foreign key of a one-sided {@code @OneToMany} (e.g. a relief
	 * household member's application): written on insert but read back as an "unknown" marker, so it could
	 * never be compared (and broke verification). Left out: the member's other values are chained, its link
	 * to the application is kept by the foreign key.
	 */
	private static boolean isBackReference(EntityPersister persister, String property) {
		AttributeMapping attribute = persister.findAttributeMapping(property);
		PropertyAccessStrategy strategy = attribute == null ? null
				: attribute.getPropertyAccess().getPropertyAccessStrategy();
		return strategy instanceof PropertyAccessStrategyBackRefImpl
				|| strategy instanceof PropertyAccessStrategyIndexBackRefImpl;
	}

	private static Object plain(Object value, Type type, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (type != null && type.isEntityType()) {
			return plain(session.getFactory().getPersistenceUnitUtil().getIdentifier(value), null, session);
		}
		if (type instanceof ComponentType component) {
			return component(component.getPropertyNames(), component.getSubtypes(), component.getPropertyValues(value),
					session);
		}
		if (value instanceof Instant instant) {
			// the database keeps microseconds, rounding the rest
			return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
		}
		if (value instanceof OffsetDateTime time) {
			return plain(time.toInstant(), null, session);
		}
		if (value instanceof ZonedDateTime time) {
			return plain(time.toInstant(), null, session);
		}
		if (value instanceof Date date) {
			return plain(date.toInstant(), null, session);
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof byte[] || value instanceof Character) {
			return SimpleProperties.plain(value).toString();
		}
		// an embedded id or other value object without a component type at hand: its JSON
		return ChainJson.MAPPER.convertValue(value, Object.class);
	}

	private static Map<String, Object> component(String[] names, Type[] types, Object[] values,
			SharedSessionContractImplementor session) {
		Map<String, Object> map = new TreeMap<>();
		for (int i = 0; i < names.length; i++) {
			map.put(names[i], plain(values[i], types[i], session));
		}
		return map;
	}

}
