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
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What was wrong with a request that Spring refused before the handler ran, as a message key and its
 * arguments: which parameter, field or part, and the form expected. Pages ({@link PageProblems}) and
 * the API ({@link ApiProblems}) both say it, so that a hand-made request learns the same in both,
 * where Spring alone answered a bare 400.
 */
final class BadInput {

	private BadInput() {
	}

	/** The reason for a refusal Spring made, when it is bad input that can be named. */
	static Optional<InvalidRequestException> explain(Exception e) {
		return Optional.ofNullable(reason(e));
	}

	private static @Nullable InvalidRequestException reason(Exception e) {
		if (e instanceof MissingServletRequestParameterException missing) {
			MethodParameter parameter = missing.getMethodParameter();
			return new InvalidRequestException("problem.missing-parameter", missing.getParameterName(),
					form(parameter == null ? null : parameter.getNestedParameterType()));
		}
		if (e instanceof MissingServletRequestPartException missing) {
			return new InvalidRequestException("problem.missing-part", missing.getRequestPartName());
		}
		if (e instanceof TypeMismatchException mismatch) {
			return wrongValue(mismatch.getPropertyName(), mismatch);
		}
		if (e instanceof BindException binding) {
			return field(binding.getFieldError());
		}
		if (e instanceof HttpMessageNotReadableException unreadable) {
			return body(unreadable);
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

	private static InvalidRequestException wrongValue(@Nullable String name, TypeMismatchException mismatch) {
		return new InvalidRequestException("problem.wrong-value", String.valueOf(name), String.valueOf(mismatch.getValue()),
				form(mismatch.getRequiredType()));
	}

	private static @Nullable InvalidRequestException field(@Nullable FieldError error) {
		if (error == null) {
			return null;
		}
		if (error.contains(TypeMismatchException.class)) {
			return wrongValue(error.getField(), error.unwrap(TypeMismatchException.class));
		}
		if (error.getRejectedValue() == null || "".equals(error.getRejectedValue())) {
			return new InvalidRequestException("problem.missing-field", error.getField());
		}
		return new InvalidRequestException("problem.invalid-field", error.getField(), error);
	}

	private static InvalidRequestException body(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (cause instanceof InvalidFormatException format) {
			return new InvalidRequestException("problem.wrong-value", path(format), String.valueOf(format.getValue()),
					form(format.getTargetType()));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return new InvalidRequestException("problem.body.wrong-type", path(mismatch), form(mismatch.getTargetType()));
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
