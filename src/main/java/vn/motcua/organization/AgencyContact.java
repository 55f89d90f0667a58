package vn.motcua.organization;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How the public reaches an agency: its address, where its one-stop desk receives papers (often the
 * province's Public Administration Service Centre, not the agency's own building), the hotline, the e-mail
 * address, the number that answers {@code TRACUU <code>} by text message, and a link to a map. Any of them
 * may be missing.
 */
@Table("agency_contact")
public record AgencyContact(@Id UUID agencyId, @Version @Nullable Long version, @Nullable String address,
		@Nullable String deskPlace, @Nullable String hotline, @Nullable String email, @Nullable String smsNumber,
		@Nullable String mapUrl) {

	/** A hotline as people write it: digits, spaces and dots, a leading + for a country code. */
	public static final String HOTLINE_PATTERN = "\\+?[0-9][0-9 .]{1,17}[0-9]";

	/** A number that receives text messages: a short code (8079) or a full number, digits only. */
	public static final String SMS_NUMBER_PATTERN = "[0-9]{3,15}";

	/** An e-mail address, loosely: one @, no spaces, a dot in the domain. */
	public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	/** A map link opens a page elsewhere: only {@code https:} addresses, never a script or a local file. */
	public static boolean isHttpsLink(String value) {
		try {
			URI uri = new URI(value);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (URISyntaxException notAnAddress) {
			return false;
		}
	}

	/** The hotline as a {@code tel:} link dials it: digits and a leading + only. */
	public @Nullable String hotlineToDial() {
		return hotline == null ? null : hotline.replaceAll("[ .]", "");
	}

	public boolean isEmpty() {
		return address == null && deskPlace == null && hotline == null && email == null && smsNumber == null
				&& mapUrl == null;
	}

	AgencyContact changedTo(AgencyContact details) {
		return new AgencyContact(agencyId, version, details.address, details.deskPlace, details.hotline,
				details.email, details.smsNumber, details.mapUrl);
	}
}
