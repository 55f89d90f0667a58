package vn.motcua.dossier;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;

/**
 * A dossier code as a person typed it (from a receipt, an SMS or a result's QR code), read as it is
 * kept. Codes are printed in upper case, but a phone keyboard types "h55"; and an agency whose code was
 * kept in lower case before codes were upper-cased (decision 0046) printed its dossiers' codes so. So
 * the agency part is matched to its agency's code in any letter case, and the rest is digits.
 */
@Component
class TypedDossierCodes {

	private final OrganizationManagement organization;

	TypedDossierCodes(OrganizationManagement organization) {
		this.organization = organization;
	}

	/**
	 * The code as kept: its agency part as its agency keeps it, or in upper case when no agency has it. The
	 * agency is cached, so a known agency's code costs no query.
	 *
	 * @throws IllegalArgumentException when the text is not a dossier code
	 */
	String asKept(String typed) {
		DossierCode code = DossierCode.parse(typed);
		String agencyCode = organization.agencyByCode(code.agencyCode()).map(Agency::code)
			.orElseGet(() -> code.agencyCode().toUpperCase(Locale.ROOT));
		return new DossierCode(agencyCode, code.day(), code.number()).toString();
	}
}
