package vn.motcua.dossier.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.RegisterFilter;
import vn.motcua.shared.Actor;
import vn.motcua.shared.ExportSlots;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/** The dossier register (Sổ theo dõi hồ sơ, Mẫu 06) of the officer's agencies, with its exports. */
@Controller
@RequestMapping("/desk/register")
class RegisterController {

	private static final String FILE_NAME = "so-theo-doi-ho-so";

	private final DossierRegister register;
	private final OfficerAgencies agencies;
	private final RegisterWorkbook workbook;
	private final ExportSlots exports;
	private final Clock clock;

	RegisterController(DossierRegister register, OfficerAgencies agencies, RegisterWorkbook workbook,
			ExportSlots exports, Clock clock) {
		this.register = register;
		this.agencies = agencies;
		this.workbook = workbook;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping
	String page(@ModelAttribute("query") RegisterQuery query, Model model) {
		RegisterFilter filter = filter(query);
		int total = register.count(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", register.rows(filter, query.pageIndex() * RegisterQuery.PAGE_SIZE,
				RegisterQuery.PAGE_SIZE).stream().map(agencies.readableLines()).toList());
		model.addAttribute("total", total);
		model.addAttribute("offset", query.pageIndex() * RegisterQuery.PAGE_SIZE);
		model.addAttribute("pages", (total + RegisterQuery.PAGE_SIZE - 1) / RegisterQuery.PAGE_SIZE);
		model.addAttribute("pageSize", RegisterQuery.PAGE_SIZE);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("channels", Channel.values());
		return "dossier/register";
	}

	/** The register as an Excel workbook; more lines than a sheet holds are refused before anything is written. */
	@GetMapping(params = "format=xlsx")
	void excel(@ModelAttribute("query") RegisterQuery query, Locale locale, HttpServletResponse response)
			throws IOException {
		RegisterFilter filter = filter(query);
		if (register.count(filter) > RegisterWorkbook.MAX_XLSX_ROWS) {
			throw new InvalidRequestException("dossier.register.export.too-many", RegisterWorkbook.MAX_XLSX_ROWS);
		}
		exports.write(() -> workbook.xlsx(filter, agencies.readableLines(), Actor.current(), locale,
				response, FILE_NAME + ".xlsx"));
	}

	/** The register as CSV, written as it is read. */
	@GetMapping(params = "format=csv")
	void csv(@ModelAttribute("query") RegisterQuery query, Locale locale, HttpServletResponse response)
			throws IOException {
		RegisterFilter filter = filter(query);
		exports.write(() -> {
			response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(FILE_NAME + ".csv").build().toString());
			workbook.csv(filter, agencies.readableLines(), Actor.current(), locale, response.getWriter());
		});
	}

	private RegisterFilter filter(RegisterQuery query) {
		return query.filter(agencies.codes(), LocalDate.now(clock.withZone(VietnamTime.ZONE)));
	}
}
