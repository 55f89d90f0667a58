package vn.motcua.catalog;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;

/**
 * A procedure's agency named by the code the organization keeps, in whatever case it was typed or
 * imported (decision 0046), so that the catalogue's agency column matches the agency; a code no agency
 * has yet is upper-cased, as agency codes are.
 */
@Component
class KeptAgencyCodes {

	private final OrganizationManagement organization;

	KeptAgencyCodes(OrganizationManagement organization) {
		this.organization = organization;
	}

	ProcedureContent of(ProcedureContent content) {
		String typed = content.agencyCode().strip();
		String kept = organization.agencyByCode(typed).map(Agency::code)
			.orElseGet(() -> typed.toUpperCase(Locale.ROOT));
		return kept.equals(content.agencyCode()) ? content : content.withAgencyCode(kept);
	}

	/** The version naming its agency as kept; its status and decision stay (the case of a code is no change). */
	ProcedureVersion of(ProcedureVersion version) {
		ProcedureContent kept = of(version.content());
		return kept == version.content() ? version
				: new ProcedureVersion(version.id(), version.procedureCode(), version.number(), version.status(),
						version.kind(), version.decision(), version.effectiveFrom(), kept);
	}
}
