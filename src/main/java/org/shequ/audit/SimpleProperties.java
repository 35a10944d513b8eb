package org.shequ.audit;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain values of an engine object (strings, numbers, booleans, dates, enums, bytes) read
 * through its getters: what an audit entry keeps of a history event. Object-valued getters are left
 * out, since they would deserialize variables or follow references.
 */
final class SimpleProperties {

	private static final Set<String> LEFT_OUT = Set.of("persistentState", "fullMessageBytes", "class");

	private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

	private SimpleProperties() {
	}

	static Map<String, Object> of(Object bean) {
		Map<String, Object> values = new TreeMap<>();
		for (Method getter : GETTERS.computeIfAbsent(bean.getClass(), SimpleProperties::getters)) {
			try {
				Object value = plain(getter.invoke(bean));
				if (value != null) {
					values.put(propertyName(getter), value);
				}
			}
			catch (ReflectiveOperationException | RuntimeException unreadable) {
				// a getter that needs more than the event has (e.g. a lazy load) is not part of the record
			}
		}
		return values;
	}

	static Object plain(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(bytes);
		}
		return value;
	}

	private static List<Method> getters(Class<?> type) {
		try {
			return Arrays.stream(Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors())
				.filter(p -> !LEFT_OUT.contains(p.getName()))
				.map(PropertyDescriptor::getReadMethod)
				.filter(m -> m != null && Modifier.isPublic(m.getModifiers()) && isSimple(m.getReturnType()))
				.peek(m -> m.setAccessible(true))
				.toList();
		}
		catch (IntrospectionException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean isSimple(Class<?> type) {
		return type.isPrimitive() || type == String.class || Number.class.isAssignableFrom(type)
				|| type == Boolean.class || Date.class.isAssignableFrom(type) || type.isEnum() || type == byte[].class;
	}

	private static String propertyName(Method getter) {
		String name = getter.getName();
		String bare = name.startsWith("is") ? name.substring(2) : name.substring(3);
		return Introspector.decapitalize(bare);
	}

}
