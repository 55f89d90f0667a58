package vn.motcua.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** The dossier handed to a co-agency (liên thông) with a request, and back with its opinion. */
@Table("dossier_transfer")
public record AgencyTransfer(String agencyCode, String request, Instant sentAt, String sentBy,
		@Nullable Instant returnedAt, @Nullable String returnedBy, @Nullable String opinion) {

	AgencyTransfer back(String opinionGiven, String by, Instant now) {
		return new AgencyTransfer(agencyCode, request, sentAt, sentBy, now, by, opinionGiven);
	}
}
