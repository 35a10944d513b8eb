package org.shequ.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of chain entries: keys sorted, everything outside ASCII escaped, so that the stored text
 * passes unchanged through {@code jq -j} and any other tool an auditor hashes it with.
 */
final class ChainJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.addModule(new JavaTimeModule())
		.build();

	private ChainJson() {
	}

	static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write an audit entry", e);
		}
	}

	static JsonNode read(String json) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
		}
	}

}
