package vn.motcua.organization;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidFieldException;

/** How the public reaches each agency, checked field by field as the page checks it. */
@Component
class AgencyContacts {

	private final AgencyContactRepository contacts;
	private final Agencies agencies;
	private final OrganizationChanges changes;

	/** Every page's footer shows the home agency's: kept a minute, as the agencies are. */
	private final Cache<UUID, AgencyContact> contactOf = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	AgencyContacts(AgencyContactRepository contacts, Agencies agencies, OrganizationChanges changes) {
		this.contacts = contacts;
		this.agencies = agencies;
		this.changes = changes;
	}

	AgencyContact of(UUID agencyId) {
		return contactOf.get(agencyId, id -> contacts.findById(id)
			.orElseGet(() -> new AgencyContact(id, null, null, null, null, null, null, null)));
	}

	AgencyContact change(AgencyContact details) {
		UUID agencyId = details.agencyId();
		Agency agency = agencies.agency(agencyId);
		AgencyContact given = new AgencyContact(agencyId, null, text("address", details.address(), 300),
				text("deskPlace", details.deskPlace(), 300),
				matching("hotline", details.hotline(), AgencyContact.HOTLINE_PATTERN),
				email(details.email()), matching("smsNumber", details.smsNumber(), AgencyContact.SMS_NUMBER_PATTERN),
				https(details.mapUrl()));
		AgencyContact saved = contacts.save(contacts.findById(agencyId)
			.map(stored -> stored.changedTo(given))
			.orElse(given));
		contactOf.invalidate(agencyId);
		changes.publish("agency.contact.changed", "Agency", agencyId, agencyId, "Contact details of agency " + agency.code()
				+ (saved.isEmpty() ? " removed" : " changed"));
		return saved;
	}

	private static @Nullable String text(String field, @Nullable String value, int longest) {
		String trimmed = value == null || value.isBlank() ? null : value.strip();
		if (trimmed != null && trimmed.length() > longest) {
			throw new InvalidFieldException(field, "organization.contact.too-long", longest);
		}
		return trimmed;
	}

	private static @Nullable String matching(String field, @Nullable String value, String pattern) {
		String trimmed = text(field, value, 40);
		if (trimmed != null && !trimmed.matches(pattern)) {
			throw new InvalidFieldException(field, "organization.contact." + field + ".invalid");
		}
		return trimmed;
	}

	private static @Nullable String email(@Nullable String value) {
		String trimmed = text("email", value, 254);
		if (trimmed != null && !trimmed.matches(AgencyContact.EMAIL_PATTERN)) {
			throw new InvalidFieldException("email", "organization.contact.email.invalid");
		}
		return trimmed;
	}

	private static @Nullable String https(@Nullable String value) {
		String trimmed = text("mapUrl", value, 500);
		if (trimmed != null && !AgencyContact.isHttpsLink(trimmed)) {
			throw new InvalidFieldException("mapUrl", "organization.contact.mapUrl.invalid");
		}
		return trimmed;
	}
}
