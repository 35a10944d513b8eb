package org.shequ.system;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/** Strict JSON for Shequ's API: a number is not a text, a text is not a flag. */
@Configuration
class JsonConfig {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictScalars() {
		return builder -> builder.postConfigurer(mapper -> {
			mapper.coercionConfigFor(LogicalType.Textual)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
			mapper.coercionConfigFor(LogicalType.Boolean)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
		});
	}

}
