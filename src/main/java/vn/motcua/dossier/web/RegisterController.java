package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.RegisterFilter;
import vn.motcua.dossier.RegisterRow;
import vn.motcua.shared.VietnamTime;

/** The dossier register (Sổ theo dõi hồ sơ, Mẫu 06) of the officer's agencies, with its exports. */
@Controller
@RequestMapping("/desk/register")
class RegisterController {

	private final DossierRegister register;
	private final OfficerAgencies agencies;
	private final RegisterWorkbook workbook;
	private final Clock clock;

	RegisterController(DossierRegister register, OfficerAgencies agencies, RegisterWorkbook workbook, Clock clock) {
		this.register = register;
		this.agencies = agencies;
		this.workbook = workbook;
		this.clock = clock;
	}

	@GetMapping
	String page(@ModelAttribute("query") RegisterQuery query, Model model) {
		RegisterFilter filter = filter(query);
		int total = register.count(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", register.rows(filter, query.pageIndex() * RegisterQuery.PAGE_SIZE,
				RegisterQuery.PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("offset", query.pageIndex() * RegisterQuery.PAGE_SIZE);
		model.addAttribute("pages", (total + RegisterQuery.PAGE_SIZE - 1) / RegisterQuery.PAGE_SIZE);
		model.addAttribute("pageSize", RegisterQuery.PAGE_SIZE);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("channels", Channel.values());
		return "dossier/register";
	}

	@GetMapping(params = "format=xlsx")
	ResponseEntity<byte[]> excel(@ModelAttribute("query") RegisterQuery query, Locale locale) {
		RegisterFilter filter = filter(query);
		return download(workbook.xlsx(filter, all(filter), locale), "xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("query") RegisterQuery query, Locale locale) {
		return download(workbook.csv(all(filter(query)), locale).getBytes(StandardCharsets.UTF_8), "csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	private List<RegisterRow> all(RegisterFilter filter) {
		return register.rows(filter, 0, DossierRegister.MAX_EXPORT_ROWS);
	}

	private RegisterFilter filter(RegisterQuery query) {
		return query.filter(agencies.codes(), LocalDate.now(clock.withZone(VietnamTime.ZONE)));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("so-theo-doi-ho-so." + extension).build().toString())
			.body(body);
	}
}
