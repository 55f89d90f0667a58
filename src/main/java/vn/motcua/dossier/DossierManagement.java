package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/** The dossier module's entry point for pages, the API and other modules. */
@Service
@Transactional
public class DossierManagement {

	private final DossierRepository dossiers;

	DossierManagement(DossierRepository dossiers) {
		this.dossiers = dossiers;
	}

	/** The public status of the dossier with that code, if there is one; a malformed code is bad input. */
	@Transactional(readOnly = true)
	public Optional<DossierStatusView> status(String code) {
		String normalized = parse(code).toString();
		return dossiers.findByCode(normalized).map(DossierManagement::statusView);
	}

	private static DossierCode parse(String code) {
		try {
			return DossierCode.parse(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("dossier.code.malformed", code);
		}
	}

	private static DossierStatusView statusView(Dossier dossier) {
		return new DossierStatusView(dossier.code(), dossier.procedure().code(), dossier.procedure().name(),
				dossier.status(), local(dossier.submittedAt()), localOrNull(dossier.receivedAt()),
				dossier.appointmentAt());
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}

	private static @Nullable LocalDateTime localOrNull(@Nullable Instant instant) {
		return instant == null ? null : local(instant);
	}
}
