package vn.motcua.reporting.web;

import static vn.motcua.shared.CsvField.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.reporting.CellDossier;
import vn.motcua.reporting.ReportCell;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportingManagement;

/** The dossiers behind a figure of Biểu 06 as CSV, the drill-down's columns, each line written as it is read. */
@Component
class CellExport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
	private static final List<String> COLUMNS = List.of("code", "procedure", "sector.column", "channel", "status",
			"received", "due", "ended", "class");

	private final ReportingManagement reporting;
	private final MessageSource messages;

	CellExport(ReportingManagement reporting, MessageSource messages) {
		this.reporting = reporting;
		this.messages = messages;
	}

	void csv(List<String> agencies, ReportPeriod period, ReportCell cell, @Nullable String sectorCode, Locale locale,
			Writer out) throws IOException {
		out.write("\uFEFF" + String.join(",", COLUMNS.stream().map(c -> quote(text("reporting.drill." + c, locale)))
			.toList()) + "\r\n");
		reporting.eachInCell(agencies, period, cell, sectorCode, dossier -> {
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
				quote(text("dossier.channel." + d.channel(), locale)), quote(text("dossier.status." + d.status(), locale)),
				quote(time(d.receivedAt())), quote(time(d.dueAt())), quote(time(d.endedAt())),
				quote(d.finalClass() == null ? null : text("reporting.class." + d.finalClass(), locale))) + "\r\n";
	}

	private static @Nullable String time(@Nullable LocalDateTime time) {
		return time == null ? null : TIME.format(time);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
