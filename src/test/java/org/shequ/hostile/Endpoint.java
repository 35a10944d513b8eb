package org.shequ.hostile;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One path of Shequ's own API as Spring MVC maps it when the test runs, with its methods, the media
 * types it consumes and the type of its JSON body (if any). Read from RequestMappingHandlerMapping, so
 * endpoints added later are covered without touching the corpus.
 */
record Endpoint(String pattern, Set<String> methods, Set<MediaType> consumes, Class<?> bodyType,
		String controller) {

	static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

	static List<Endpoint> discover(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getName().startsWith("org.shequ.")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				Arrays.stream(RequestMethod.values()).forEach(m -> methods.add(m.name()));
			}
			Class<?> body = Arrays.stream(handler.getMethod().getParameters())
				.filter(p -> p.isAnnotationPresent(RequestBody.class))
				.map(Parameter::getType)
				.findFirst()
				.orElse(null);
			for (String pattern : info.getPatternValues()) {
				endpoints.add(new Endpoint(pattern, methods, info.getConsumesCondition().getConsumableMediaTypes(), body,
						handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName()));
			}
		}
		endpoints.sort((a, b) -> (a.pattern + a.methods).compareTo(b.pattern + b.methods));
		return endpoints;
	}

	boolean isWrite() {
		return methods.stream().anyMatch(WRITE_METHODS::contains);
	}

	List<String> variables() {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The path with each variable replaced by the (already encoded) value the function gives for its name. */
	String path(Function<String, String> value) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	boolean consumesJson() {
		return consumes.isEmpty() || consumes.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON));
	}

	/** The JSON fields of the body type (record components or fields) and their Java types. */
	Map<String, Type> bodyFields() {
		Map<String, Type> fields = new LinkedHashMap<>();
		if (bodyType == null || bodyType.getName().startsWith("java.") || Map.class.isAssignableFrom(bodyType)) {
			return fields;
		}
		if (bodyType.isRecord()) {
			for (RecordComponent component : bodyType.getRecordComponents()) {
				fields.put(component.getName(), component.getGenericType());
			}
		}
		else {
			for (Field field : bodyType.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					fields.put(field.getName(), field.getGenericType());
				}
			}
		}
		return fields;
	}

	@Override
	public String toString() {
		return methods + " " + pattern + " (" + controller + ")";
	}

}
