package vn.motcua.shared;

import java.time.Instant;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Every {@code date-time} of the OpenAPI document shows the form {@link ApiTime} writes: springdoc
 * already calls an {@code Instant} and a {@code LocalDateTime} {@code date-time}, which is right now
 * that both carry an offset, and the example tells a reader which offset.
 */
@Component
class ApiTimeSchemas implements ModelConverter {

	static final String EXAMPLE = ApiTime.write(Instant.parse("2026-03-31T16:30:00Z"));

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		if (schema != null && "date-time".equals(schema.getFormat()) && schema.getExample() == null) {
			schema.setExample(EXAMPLE);
		}
		return schema;
	}
}
