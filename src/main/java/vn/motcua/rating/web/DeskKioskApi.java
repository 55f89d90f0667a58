package vn.motcua.rating.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.Role;
import vn.motcua.rating.CounterKiosks;
import vn.motcua.rating.Kiosk;

/** The desk's open kiosks, and a service opened on one for the walk-in applicant at the counter. */
@RestController
@RequestMapping("/api/v1/desk/kiosks")
@Tag(name = "Ratings")
class DeskKioskApi {

	private final CounterKiosks kiosks;
	private final OfficerAgencies agencies;

	DeskKioskApi(CounterKiosks kiosks, OfficerAgencies agencies) {
		this.kiosks = kiosks;
		this.agencies = agencies;
	}

	record ServiceView(UUID id, @Nullable String dossierCode, String openedBy, Instant openedAt) {

		static @Nullable ServiceView of(Kiosk.@Nullable Service service) {
			return service == null ? null
					: new ServiceView(service.id(), service.dossierCode(), service.openedBy(), service.openedAt());
		}
	}

	record KioskView(UUID id, String agencyCode, String counterName, String openedBy, Instant openedAt,
			Instant expiresAt, @Nullable ServiceView waitingService) {
	}

	record ServiceRequest(@Size(max = 60) @Nullable String dossierCode) {
	}

	@GetMapping
	@Operation(summary = "The open kiosks of the officer's agency, each with the service waiting for its rating")
	List<KioskView> list() {
		return kiosks.openKiosks(agencies.codes(Role.RECEPTION_OFFICER)).stream()
			.map(kiosk -> new KioskView(kiosk.id(), kiosk.agencyCode(), kiosk.counterName(), kiosk.openedBy(),
					kiosk.openedAt(), kiosk.expiresAt(), ServiceView.of(kiosks.waitingService(kiosk).orElse(null))))
			.toList();
	}

	@PostMapping("/{id}/services")
	@Operation(summary = "Open a service on a kiosk for the walk-in applicant, optionally for a dossier's code")
	ServiceView openService(@PathVariable UUID id, @RequestBody(required = false) @Nullable ServiceRequest request) {
		return ServiceView.of(kiosks.openService(id, agencies.codes(Role.RECEPTION_OFFICER),
				request == null ? null : request.dossierCode()));
	}
}
