package vn.motcua.organization.web;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

import vn.motcua.organization.AgencyContact;

/**
 * An agency's contact details as an administrator edits them, every field optional. The patterns are the
 * service's own, checked here too so that every mistake of the form is shown at once; the service checks
 * them again, with the lengths, for every caller.
 */
public class AgencyContactForm {

	private static final String OR_BLANK = "\\s*|\\s*(?:";

	private String address = "";

	private String deskPlace = "";

	@Pattern(regexp = OR_BLANK + AgencyContact.HOTLINE_PATTERN + ")\\s*",
			message = "{organization.contact.hotline.invalid}")
	private String hotline = "";

	@Pattern(regexp = OR_BLANK + AgencyContact.EMAIL_PATTERN + ")\\s*", message = "{organization.contact.email.invalid}")
	private String email = "";

	@Pattern(regexp = OR_BLANK + AgencyContact.SMS_NUMBER_PATTERN + ")\\s*",
			message = "{organization.contact.smsNumber.invalid}")
	private String smsNumber = "";

	@Pattern(regexp = OR_BLANK + "https://\\S+)\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
			message = "{organization.contact.mapUrl.invalid}")
	private String mapUrl = "";

	static AgencyContactForm of(AgencyContact contact) {
		AgencyContactForm form = new AgencyContactForm();
		form.address = orBlank(contact.address());
		form.deskPlace = orBlank(contact.deskPlace());
		form.hotline = orBlank(contact.hotline());
		form.email = orBlank(contact.email());
		form.smsNumber = orBlank(contact.smsNumber());
		form.mapUrl = orBlank(contact.mapUrl());
		return form;
	}

	private static String orBlank(@Nullable String value) {
		return value == null ? "" : value;
	}

	AgencyContact details(UUID agencyId) {
		return new AgencyContact(agencyId, null, address, deskPlace, hotline, email, smsNumber, mapUrl);
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getDeskPlace() {
		return deskPlace;
	}

	public void setDeskPlace(String deskPlace) {
		this.deskPlace = deskPlace;
	}

	public String getHotline() {
		return hotline;
	}

	public void setHotline(String hotline) {
		this.hotline = hotline;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSmsNumber() {
		return smsNumber;
	}

	public void setSmsNumber(String smsNumber) {
		this.smsNumber = smsNumber;
	}

	public String getMapUrl() {
		return mapUrl;
	}

	public void setMapUrl(String mapUrl) {
		this.mapUrl = mapUrl;
	}
}
