package org.shequ.system;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Every text in a JSON body of Shequ's API: control characters other than tab and line breaks, lone
 * surrogates and the non-characters U+FFFE/U+FFFF are refused wherever they appear, so no endpoint
 * stores them (PostgreSQL cannot store NUL at all).
 */
class PrintableText extends StdScalarDeserializer<String> {

	static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Cs}|[\\uFFFE\\uFFFF]");

	PrintableText() {
		super(String.class);
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		String value = StringDeserializer.instance.deserialize(parser, context);
		if (value != null && UNPRINTABLE.matcher(value).find()) {
			throw new UnprintableText(parser);
		}
		return value;
	}

	/** Answered as "contains control characters" for the field (see {@link ApiProblems}). */
	static final class UnprintableText extends JsonMappingException {

		UnprintableText(JsonParser parser) {
			super(parser, "text contains control characters");
		}

	}

}
