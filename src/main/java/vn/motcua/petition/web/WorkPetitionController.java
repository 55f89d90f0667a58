package vn.motcua.petition.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Sector;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.petition.CitizenReception;
import vn.motcua.petition.Complexity;
import vn.motcua.petition.IncompletePetitionException;
import vn.motcua.petition.Petition;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionIntake;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionQueue;
import vn.motcua.petition.PetitionQueueFilter;
import vn.motcua.petition.PetitionView;
import vn.motcua.petition.ReceptionRecord;
import vn.motcua.shared.Actor;
import vn.motcua.shared.ExcelExport;
import vn.motcua.shared.ExportSlots;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * The officers' petition pages: the queue (due and overdue), recording a petition from any
 * channel, one petition with its handling, the export and the redacted working copy.
 */
@Controller
class WorkPetitionController {

	private final PetitionManagement petitions;
	private final PetitionIntake intake;
	private final CitizenReception reception;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final ExportSlots exports;
	private final Clock clock;

	WorkPetitionController(PetitionManagement petitions, PetitionIntake intake, CitizenReception reception,
			CatalogManagement catalog, AccountManagement accounts, MessageSource messages, ExportSlots exports,
			Clock clock) {
		this.exports = exports;
		this.clock = clock;
		this.petitions = petitions;
		this.intake = intake;
		this.reception = reception;
		this.catalog = catalog;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** A page of the queue; the counts of open and overdue petitions cover all the filter keeps. */
	@GetMapping("/work/petitions")
	String queue(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable PetitionKind kind,
			@RequestParam(required = false) @Nullable OpenTimeliness standing,
			@RequestParam(required = false) @Nullable String after, Model model) {
		PetitionQueueFilter filter = new PetitionQueueFilter(mine, q, kind, standing);
		CurrentUser user = user();
		PetitionQueue queue = petitions.queue(user, filter, QueueCursor.parse(after),
				PetitionManagement.QUEUE_PAGE_SIZE);
		model.addAttribute("queue", queue);
		model.addAttribute("handles", petitions.handles(user));
		PageLinks.addTo(model, queue.next(), after);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("standings", OpenTimeliness.values());
		model.addAttribute("exportTo", today());
		model.addAttribute("exportFrom", today().withDayOfYear(1));
		return "petition/work-queue";
	}

	@GetMapping("/work/petitions/new")
	String form(@RequestParam(required = false) @Nullable UUID record, Model model) {
		PetitionForm form = new PetitionForm().withNewSubmissionKey();
		form.setChannel(PetitionChannel.HOTLINE);
		if (record != null) {
			ReceptionRecord line = reception.record(record, user());
			form.setChannel(PetitionChannel.RECEPTION_DAY);
			form.setName(line.citizens());
			form.setContent(line.content());
			model.addAttribute("record", line);
		}
		model.addAttribute("petitionForm", form);
		return recordPage(model);
	}

	@PostMapping("/work/petitions")
	String record(@ModelAttribute("petitionForm") PetitionForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable UUID record,
			@RequestParam(name = "attachment", required = false) @Nullable MultipartFile attachment, Model model) {
		if (binding.hasErrors() || !form.getChannel().recordedByOfficer()) {
			binding.rejectValue("channel", "petition.channel.officer");
			return recordPage(model);
		}
		UUID recordId = record == null ? null : reception.record(record, user()).id();
		form.setAgencyCode(petitions.recordingAgencyCode(user()));
		try {
			Petition petition = intake.receive(form.submission(form.getChannel(), null, recordId,
					attachment == null ? null : attachment.getOriginalFilename(), PetitionApi.bytes(attachment)),
					new Actor(user().username()), form.getSubmissionKey());
			return "redirect:/work/petitions/" + petition.code() + "?recorded";
		}
		catch (IncompletePetitionException incomplete) {
			PetitionPages.reject(incomplete, binding);
			return recordPage(model);
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("error", invalid);
			return recordPage(model);
		}
	}

	private String recordPage(Model model) {
		model.addAttribute("sectors", catalog.sectors());
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("channels", List.of(PetitionChannel.values()).stream()
			.filter(PetitionChannel::recordedByOfficer).toList());
		return "petition/work-new";
	}

	@GetMapping("/work/petitions/{code}")
	String show(@PathVariable String code, Model model) {
		CurrentUser user = user();
		PetitionView view = petitions.view(code, user);
		model.addAttribute("view", view);
		model.addAttribute("p", view.petition());
		model.addAttribute("sectors", catalog.sectors());
		String sector = view.petition().sectorCode();
		model.addAttribute("sectorName", sector == null ? null : sectorName().apply(sector));
		model.addAttribute("complexities", Complexity.values());
		model.addAttribute("officers", petitions.assignableOfficers(user));
		return "petition/work-petition";
	}

	@PostMapping("/work/petitions/{code}/{action}")
	String act(@PathVariable String code, @PathVariable String action,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String sectorCode,
			@RequestParam(required = false) @Nullable Complexity complexity,
			@RequestParam(required = false) @Nullable UUID officer,
			@RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect, Model model) {
		CurrentUser user = user();
		String given = text == null ? "" : text;
		try {
			switch (action) {
				case "classification" -> petitions.classify(code, sectorCode,
						complexity == null ? Complexity.ORDINARY : complexity, user);
				case "assignment" -> {
					if (officer == null) {
						throw new InvalidRequestException("petition.officer.unknown");
					}
					petitions.assign(code, officer, user);
				}
				case "acceptance" -> petitions.accept(code, user);
				case "refusal" -> petitions.refuse(code, given, user);
				case "forwarding" -> petitions.forward(code, given, user);
				case "extension" -> petitions.extend(code, given, user);
				case "answer" -> petitions.answer(code, given, publish, user);
				case "publication" -> petitions.publish(code, user);
				case "closure" -> petitions.close(code, user);
				case "repetition" -> petitions.markRepeated(code, user);
				default -> throw new vn.motcua.shared.NotFoundException("petition.action.unknown", action);
			}
		}
		catch (InvalidRequestException refused) {
			if (refused instanceof vn.motcua.shared.NotFoundException) {
				throw refused;
			}
			model.addAttribute("error", refused);
			return show(code, model);
		}
		redirect.addAttribute("done", action);
		return "redirect:/work/petitions/" + code;
	}

	/** The attachment, under the identity's rule: a scan may show a denouncer's handwriting. */
	@GetMapping("/work/petitions/{code}/attachment")
	ResponseEntity<byte[]> attachment(@PathVariable String code) {
		PetitionManagement.AttachedFile file = petitions.attachment(code, user())
			.orElseThrow(() -> new vn.motcua.shared.NotFoundException("petition.unknown", code));
		String type = file.contentType();
		return ResponseEntity.ok()
			.contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	/** A working copy without the petitioner's identity, for anyone working on the case (Luật Tố cáo Art. 9). */
	@GetMapping("/work/petitions/{code}/working-copy")
	ResponseEntity<String> workingCopy(@PathVariable String code) {
		PetitionView copy = petitions.workingCopy(code, user());
		return text(PetitionExport.workingCopy(copy, messages, locale()), copy.petition().code() + ".txt",
				MediaType.TEXT_PLAIN);
	}

	/**
	 * The agency's petitions received in a period as CSV (this year so far unless the officer chose
	 * another), written as they are read: a denouncer's identity is never in it, and the service records
	 * the reading of the other petitioners' in the audit trail.
	 */
	@GetMapping("/work/petitions/export.csv")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		ExportPeriod period = ExportPeriod.of(from, to, today());
		exports.write(() -> {
			PetitionExport.Csv csv = new PetitionExport.Csv(response, period.fileName("csv"), lines());
			petitions.export(user(), period.since(), period.until(), csv);
			csv.finish();
		});
	}

	/**
	 * The CSV's twin as an Excel workbook: the same lines and columns, the times as dates, a
	 * denouncer's identity never in it either.
	 */
	@GetMapping("/work/petitions/export.xlsx")
	void exportXlsx(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		ExportPeriod period = ExportPeriod.of(from, to, today());
		PetitionExport.Lines lines = lines();
		exports.write(() -> {
			try (ExcelExport excel = new ExcelExport(messages.getMessage("petition.export.sheet", null, locale()))) {
				excel.headings(lines.headings());
				petitions.export(user(), period.since(), period.until(), petition -> excel.row(lines.values(petition)));
				excel.send(response, period.fileName("xlsx"));
			}
		});
	}

	/** The days an export holds: this year so far unless the officer chose others. */
	private record ExportPeriod(LocalDate since, LocalDate until) {

		static ExportPeriod of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
			LocalDate until = to == null ? today : to;
			return new ExportPeriod(from == null ? until.withDayOfYear(1) : from, until);
		}

		String fileName(String extension) {
			return "petitions-" + since + "-" + until + "." + extension;
		}
	}

	private PetitionExport.Lines lines() {
		return new PetitionExport.Lines(sectorName(), messages, locale());
	}

	/** A sector's name by its code, which is all a petition keeps; the code for a sector no longer listed. */
	private UnaryOperator<String> sectorName() {
		Map<String, String> names = catalog.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name));
		return code -> names.getOrDefault(code, code);
	}

	private static ResponseEntity<String> text(String body, String fileName, MediaType type) {
		return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
