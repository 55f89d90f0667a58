package vn.motcua.petition.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
import vn.motcua.shared.CsvField;

/** The exports (CSV, Excel) and the working copy; they take what redacts a denouncer's identity (summaries, views). */
final class PetitionExport {

	private PetitionExport() {
	}

	/**
	 * The exports' lines, the same in the CSV and the workbook. They read as the pages do: headings,
	 * kinds, channels and statuses in the officer's language, sectors by name, times in Vietnam's.
	 */
	static final class Lines {

		/** The headings, as the queue's page names its columns. */
		private static final List<String> COLUMNS = List.of("petition.track.code", "petition.field.kind",
				"petition.field.channel", "petition.status", "petition.received-at", "petition.field.title",
				"petition.field.name", "petition.field.address", "petition.field.phone", "petition.field.email",
				"petition.field.sector", "petition.handler", "petition.due-at");

		private final UnaryOperator<String> sectorName;
		private final MessageSource messages;
		private final Locale locale;

		Lines(UnaryOperator<String> sectorName, MessageSource messages, Locale locale) {
			this.sectorName = sectorName;
			this.messages = messages;
			this.locale = locale;
		}

		List<String> headings() {
			return COLUMNS.stream().map(this::text).toList();
		}

		/** A petition's cells: the time received is a time and the due time too, for a spreadsheet to compute with. */
		List<@Nullable Object> values(PetitionSummary p) {
			Petitioner who = identity(p.identity(), messages, locale);
			return Arrays.asList(p.code(), text("petition.kind." + p.kind()), text("petition.channel." + p.channel()),
					text("petition.status." + p.status()), p.receivedAt(), p.title(), who.name(), who.address(),
					who.phone(), who.email(), p.sectorCode() == null ? null : sectorName.apply(p.sectorCode()),
					p.handlerName(), p.dueAt());
		}

		private String text(String key) {
			return messages.getMessage(key, null, locale);
		}
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
		private final Lines lines;
		private @Nullable Writer writer;

		Csv(HttpServletResponse response, String fileName, Lines lines) {
			this.response = response;
			this.fileName = fileName;
			this.lines = lines;
		}

		@Override
		public void accept(PetitionSummary p) {
			try {
				writer().write(CsvField.line(lines.values(p)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Ends the file: the header row alone when no petition was received in the period. */
		void finish() throws IOException {
			writer().flush();
		}

		private Writer writer() throws IOException {
			if (writer == null) {
				response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString());
				writer = response.getWriter();
				// The byte order mark tells Excel the file is UTF-8, so that the diacritics read right.
				writer.write("\uFEFF" + CsvField.line(lines.headings()));
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
}
