package vn.motcua.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes and reads every {@link Instant} and {@link LocalDateTime} of the application's JSON as
 * {@link ApiTime} says, in one place rather than field by field. Spring Boot adds it to the
 * application's {@code JsonMapper}, which serves the API and also the event publication registry,
 * so an event stored as UTC before this module reads back as the same instant.
 */
class ApiTimeModule extends SimpleModule {

	ApiTimeModule() {
		super("motcua-api-time");
		addSerializer(Instant.class, new Written<>(Instant.class, ApiTime::write));
		addSerializer(LocalDateTime.class, new Written<>(LocalDateTime.class, ApiTime::write));
		addDeserializer(Instant.class, new Read<>(Instant.class, ApiTime::readInstant));
		addDeserializer(LocalDateTime.class, new Read<>(LocalDateTime.class, ApiTime::readLocal));
	}

	private static final class Written<T> extends StdSerializer<T> {

		private final Function<T, String> writer;

		Written(Class<T> type, Function<T, String> writer) {
			super(type);
			this.writer = writer;
		}

		@Override
		public void serialize(T value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(writer.apply(value));
		}
	}

	private static final class Read<T> extends StdScalarDeserializer<T> {

		private final Class<T> type;

		private final Function<String, T> reader;

		Read(Class<T> type, Function<String, T> reader) {
			super(type);
			this.type = type;
			this.reader = reader;
		}

		@Override
		@SuppressWarnings("unchecked")
		public @Nullable T deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (T) context.handleUnexpectedToken(type, parser);
			}
			String text = parser.getString();
			// an empty field was read as no time before, and a required one is refused by its validation
			if (text.isBlank()) {
				return null;
			}
			try {
				return reader.apply(text);
			}
			catch (DateTimeException e) {
				return (T) context.handleWeirdStringValue(type, text, "not an ISO-8601 date-time");
			}
		}
	}
}
