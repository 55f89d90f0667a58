package vn.motcua.disclosure;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.organization.AgencyContact;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.PersonalData;

/**
 * The personal data a publication would publish as written: the citizen ID numbers, phone numbers and
 * e-mail addresses typed in its title and text ({@link PersonalData#piecesIn}), which its publisher
 * confirms before publishing it (decision 0031). The agency's own hotline, text-message number and
 * e-mail address, which its contact page already publishes, are not personal data to confirm.
 */
@Component
class PublishedPersonalData {

	private final OrganizationManagement organization;

	PublishedPersonalData(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** Each piece once, in the order the title and then the text hold them. */
	List<PersonalData.Piece> in(Disclosure disclosure) {
		AgencyContact agency = organization.contact(disclosure.agencyId());
		return Stream.of(disclosure.title(), disclosure.body())
			.flatMap(text -> PersonalData.piecesIn(text).stream())
			.filter(piece -> !isTheAgencys(piece, agency))
			.distinct()
			.toList();
	}

	private static boolean isTheAgencys(PersonalData.Piece piece, AgencyContact agency) {
		return switch (piece.kind()) {
			case EMAIL -> sameAddress(piece.text(), agency.email());
			case PHONE -> sameNumber(piece.text(), agency.hotline()) || sameNumber(piece.text(), agency.smsNumber());
			case ID_NUMBER -> false;
		};
	}

	private static boolean sameAddress(String typed, @Nullable String agencys) {
		return agencys != null && typed.equalsIgnoreCase(agencys.strip());
	}

	/** The same number however it is grouped, with +84 or a leading 0. */
	private static boolean sameNumber(String typed, @Nullable String agencys) {
		return agencys != null && national(typed).equals(national(agencys));
	}

	private static String national(String number) {
		String digits = number.replaceAll("\\D", "");
		return number.strip().startsWith("+84") ? "0" + digits.substring(2) : digits;
	}
}
