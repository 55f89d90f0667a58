package vn.motcua.organization;

import org.springframework.stereotype.Component;

/**
 * The name of an agency by its code, for the public pages that list every agency's items (drafts for
 * comment, surveys, publications), where a template calls the bean {@code agencyNames}. Read through
 * the agencies kept by {@link OrganizationManagement#agencyByCode}, so a page of fifty items asks the
 * database at most once per agency.
 */
@Component("agencyNames")
public class AgencyNames {

	private final OrganizationManagement organization;

	AgencyNames(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** The agency's name; its code when no agency has it (never the case for a stored item). */
	public String of(String code) {
		return organization.agencyByCode(code).map(Agency::name).orElse(code);
	}
}
