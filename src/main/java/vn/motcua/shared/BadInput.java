package vn.motcua.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What was wrong with a request that Spring refused before the handler ran, as a message key and its
 * arguments: which parameter, field or part, and the form expected. Pages ({@link PageProblems}) and
 * the API ({@link ApiProblems}) both say it, so that a hand-made request learns the same in both,
 * where Spring alone answered a bare 400. A parameter, field or part is named by its label where the
 * bundles have one ({@link FieldLabels}), and the refusal is an {@link InvalidFieldException} naming
 * it as the request does, for the API's {@code errors}.
 */
final class BadInput {

	private BadInput() {
	}

	/**
	 * The reason for a refusal Spring made, when it is bad input that can be named.
	 *
	 * @param handler the handler the request was mapped to, whose module labels the fields; null when none was
	 */
	static Optional<InvalidRequestException> explain(Exception e, @Nullable Object handler) {
		return Optional.ofNullable(reason(e, handler));
	}

	private static @Nullable InvalidRequestException reason(Exception e, @Nullable Object handler) {
		if (e instanceof MissingServletRequestParameterException missing) {
			MethodParameter parameter = missing.getMethodParameter();
			return named(handler, "problem.missing-parameter", missing.getParameterName(),
					form(parameter == null ? null : parameter.getNestedParameterType()));
		}
		if (e instanceof MissingServletRequestPartException missing) {
			return named(handler, "problem.missing-part", missing.getRequestPartName());
		}
		if (e instanceof TypeMismatchException mismatch) {
			return wrongValue(handler, mismatch.getPropertyName(), mismatch);
		}
		if (e instanceof BindException binding) {
			return field(handler, binding.getFieldError());
		}
		if (e instanceof HttpMessageNotReadableException unreadable) {
			return body(handler, unreadable);
		}
		if (e instanceof MultipartException && !(e instanceof MaxUploadSizeExceededException)) {
			return new InvalidRequestException("problem.multipart.malformed");
		}
		if (e instanceof HttpMediaTypeNotSupportedException media) {
			return new InvalidRequestException("problem.unsupported-media-type", String.valueOf(media.getContentType()),
					joined(media.getSupportedMediaTypes()));
		}
		if (e instanceof HttpRequestMethodNotSupportedException method) {
			return new InvalidRequestException("problem.method-not-allowed", method.getMethod(),
					joined(method.getSupportedHttpMethods()));
		}
		return null;
	}

	private static InvalidRequestException wrongValue(@Nullable Object handler, @Nullable String name,
			TypeMismatchException mismatch) {
		return named(handler, "problem.wrong-value", String.valueOf(name), String.valueOf(mismatch.getValue()),
				form(mismatch.getRequiredType()));
	}

	/** A refusal of the field, the first argument of its message, which names it by its label. */
	private static InvalidFieldException named(@Nullable Object handler, String messageKey, String field,
			Object... arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = FieldLabels.of(field, handler);
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return new InvalidFieldException(field, messageKey, all);
	}

	private static @Nullable InvalidRequestException field(@Nullable Object handler, @Nullable FieldError error) {
		if (error == null) {
			return null;
		}
		if (error.contains(TypeMismatchException.class)) {
			return wrongValue(handler, error.getField(), error.unwrap(TypeMismatchException.class));
		}
		if (error.getRejectedValue() == null || "".equals(error.getRejectedValue())) {
			return named(handler, "problem.missing-field", error.getField());
		}
		return named(handler, "problem.invalid-field", error.getField(), error);
	}

	private static InvalidRequestException body(@Nullable Object handler, HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (cause instanceof InvalidFormatException format) {
			return named(handler, "problem.wrong-value", path(format), String.valueOf(format.getValue()),
					form(format.getTargetType()));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return named(handler, "problem.body.wrong-type", path(mismatch), form(mismatch.getTargetType()));
		}
		if (cause instanceof StreamReadException malformed && malformed.getLocation() != null) {
			return new InvalidRequestException("problem.body.malformed", malformed.getLocation().getLineNr(),
					malformed.getLocation().getColumnNr());
		}
		return new InvalidRequestException(cause == null ? "problem.body.missing" : "problem.body.unreadable");
	}

	/** The field's place in the body, as a client names it: {@code documents[0].name}. */
	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** The form a value of that type is written in, as a text of the bundles. */
	static DefaultMessageSourceResolvable form(@Nullable Class<?> type) {
		if (type == null) {
			return new DefaultMessageSourceResolvable("problem.form.text");
		}
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (boxed.isEnum()) {
			String choices = Arrays.stream(boxed.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
			return new DefaultMessageSourceResolvable(new String[] { "problem.form.choice" }, new Object[] { choices });
		}
		return new DefaultMessageSourceResolvable("problem.form." + formName(boxed));
	}

	private static String formName(Class<?> type) {
		if (type == Integer.class || type == Long.class || type == Short.class) {
			return "whole-number";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "number";
		}
		if (type == Boolean.class) {
			return "boolean";
		}
		if (type == UUID.class) {
			return "uuid";
		}
		if (type == LocalDate.class) {
			return "date";
		}
		if (type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class
				|| type == ZonedDateTime.class) {
			return "date-time";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return type == String.class || type == Character.class ? "text" : "object";
	}

	private static String joined(@Nullable Collection<?> values) {
		return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
