package vn.motcua.reporting.web;

import static vn.motcua.shared.CsvField.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.reporting.CellDossier;
import vn.motcua.shared.VietnamTime;

/**
 * Lists of dossiers from the reports as CSV (a Biểu 06 figure's, the leaders' late ones), the
 * drill-down's columns, each line written as it is read.
 */
@Component
class CellExport {

	private static final List<String> COLUMNS = List.of("code", "procedure", "sector.column", "channel", "status",
			"received", "due", "ended", "class");

	private final MessageSource messages;

	CellExport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the dossiers {@code rows} hands on, each as it comes.
	 *
	 * @param rows reads the dossiers, handing each to the consumer it is given
	 */
	void csv(Consumer<Consumer<CellDossier>> rows, Locale locale, Writer out) throws IOException {
		out.write("\uFEFF" + String.join(",", COLUMNS.stream().map(c -> quote(text("reporting.drill." + c, locale)))
			.toList()) + "\r\n");
		rows.accept(dossier -> {
			try {
				out.write(line(dossier, locale));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		out.flush();
	}

	private String line(CellDossier d, Locale locale) {
		return String.join(",", quote(d.code()), quote(d.procedureName()), quote(d.sectorName()),
				quote(text("dossier.channel." + d.channel(), locale)),
				quote(text("dossier.status." + d.status(), locale)),
				quote(time(d.receivedAt())), quote(time(d.dueAt())), quote(time(d.endedAt())),
				quote(d.finalClass() == null ? null : text("reporting.class." + d.finalClass(), locale))) + "\r\n";
	}

	private static @Nullable String time(@Nullable LocalDateTime time) {
		return time == null ? null : VietnamTime.PRINTED.format(time);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
