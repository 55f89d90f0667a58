package vn.motcua.shared;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A field named in a message as the user knows it: by the label its form shows, where the bundles
 * have one, else by its technical name (the form's and the request body's, {@code newAppointment}).
 * <p>
 * The convention: the label of field {@code <name>} of a page or API of module {@code <module>} is the
 * key {@code <module>.field.<name>}, the module being the package that holds the handler's {@code web}
 * package ({@code vn.motcua.consultation.survey.web} gives {@code survey}). It is the key the
 * consultation, petition, survey and catalog forms already show their labels with, so that a message
 * names a field with the very words beside its input; a module labels another field by giving its
 * form's label that key. The parameters of lists and periods that every module takes ({@code page},
 * {@code size}, {@code after}, {@code from}, {@code to}, {@code q}, {@code year}) have shared labels,
 * {@code field.<name>}, for where the module has none of its own. A field of a nested object or list
 * ({@code documents[0].name}) keeps its technical name.
 */
public final class FieldLabels {

	private FieldLabels() {
	}

	/** The field's label, or its name when the bundles have none: a message argument resolved in the user's language. */
	static MessageSourceResolvable of(String field, @Nullable Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return new DefaultMessageSourceResolvable(new String[] { "field." + field }, field);
		}
		return new DefaultMessageSourceResolvable(
				new String[] { module(method.getBeanType()) + ".field." + field, "field." + field }, field);
	}

	/**
	 * The label the field's form shows, in that language; none for a field the bundles have no label
	 * for (a hidden or technical one, or one of a request no handler takes).
	 */
	public static Optional<String> label(String field, @Nullable Object handler, MessageSource messages,
			Locale locale) {
		String[] keys = of(field, handler).getCodes();
		return keys == null || keys.length == 0 ? Optional.empty()
				: Optional.ofNullable(messages.getMessage(keys[0], null, null, locale));
	}

	/**
	 * A rule's refusal named by its field when it concerns one, for where its message is read alone (a
	 * problem detail, the error page): "{label}: {message}".
	 */
	static InvalidRequestException named(InvalidRequestException refusal, @Nullable Object handler) {
		if (!(refusal instanceof InvalidFieldException field)) {
			return refusal;
		}
		var message = new DefaultMessageSourceResolvable(new String[] { field.messageKey() }, field.arguments(),
				field.messageKey());
		return new InvalidFieldException(field.field(), "problem.field-refused", of(field.field(), handler), message);
	}

	/** The handler the request was mapped to, null when none was chosen. */
	static @Nullable Object handler(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
	}

	private static String module(Class<?> handlerType) {
		String pack = handlerType.getPackageName();
		if (pack.endsWith(".web")) {
			pack = pack.substring(0, pack.length() - ".web".length());
		}
		return pack.substring(pack.lastIndexOf('.') + 1);
	}
}
