package vn.motcua.petition.web;

import static vn.motcua.shared.CsvField.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.motcua.petition.Petition;
import vn.motcua.petition.PetitionSummary;
import vn.motcua.petition.PetitionView;
import vn.motcua.petition.Petitioner;

/** The CSV export and the working copy; both take what redacts a denouncer's identity (summaries, views). */
final class PetitionExport {

	private PetitionExport() {
	}

	/**
	 * A CSV export written to the response as the petitions are read. Nothing goes out before the
	 * first line or {@link #finish()}, so that a refusal before them (a bad period) is still answered as
	 * an error; a failure after them can only cut the file short, which is why the export reads
	 * nothing else once it has started.
	 */
	static final class Csv implements Consumer<PetitionSummary> {

		private final HttpServletResponse response;
		private final String fileName;
		private final MessageSource messages;
		private final Locale locale;
		private @Nullable Writer writer;

		Csv(HttpServletResponse response, String fileName, MessageSource messages, Locale locale) {
			this.response = response;
			this.fileName = fileName;
			this.messages = messages;
			this.locale = locale;
		}

		@Override
		public void accept(PetitionSummary p) {
			Petitioner who = identity(p.identity(), messages, locale);
			write(String.join(",", quote(p.code()), quote(p.kind().name()), quote(p.channel().name()),
					quote(p.status().name()), quote(p.receivedAt().toString()), quote(p.title()), quote(who.name()),
					quote(who.address()), quote(who.phone()), quote(who.email()), quote(p.sectorCode()),
					quote(p.handlerName()), quote(p.dueAt() == null ? null : p.dueAt().toString())) + "\r\n");
		}

		/** Ends the file: the header row alone when no petition was received in the period. */
		void finish() throws IOException {
			writer().flush();
		}

		private void write(String text) {
			try {
				writer().write(text);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private Writer writer() throws IOException {
			if (writer == null) {
				response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString());
				writer = response.getWriter();
				writer.write("\uFEFF" + String.join(",", "code", "kind", "channel", "status", "received_at", "title",
						"petitioner_name", "petitioner_address", "petitioner_phone", "petitioner_email", "sector",
						"handler", "due_at") + "\r\n");
			}
			return writer;
		}
	}

	static String workingCopy(PetitionView view, MessageSource messages, Locale locale) {
		Petition p = view.petition();
		Petitioner who = identity(view.identity(), messages, locale);
		return String.join("\n", messages.getMessage("petition.working-copy.heading", new Object[] { p.code() }, locale),
				messages.getMessage("petition.kind." + p.kind().name(), null, locale),
				label(messages, locale, "petition.field.name", who.name()),
				label(messages, locale, "petition.field.address", who.address()),
				label(messages, locale, "petition.field.phone", who.phone()),
				label(messages, locale, "petition.field.email", who.email()),
				label(messages, locale, "petition.field.concerning", p.concerning()),
				label(messages, locale, "petition.field.title", p.title()), "", p.content(), "");
	}

	/** The identity, or the word for "hidden" in each of its cells when it is a denouncer's. */
	private static Petitioner identity(@Nullable Petitioner identity, MessageSource messages, Locale locale) {
		if (identity != null) {
			return identity;
		}
		String hidden = messages.getMessage("petition.redacted", null, locale);
		return new Petitioner(hidden, hidden, hidden, hidden);
	}

	private static String label(MessageSource messages, Locale locale, String key, @Nullable String value) {
		return messages.getMessage(key, null, locale) + ": " + (value == null ? "" : value);
	}

	/** A CSV cell; a leading =, +, - or @ is quoted away so a spreadsheet never runs it as a formula. */}
