package vn.motcua.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency such as a provincial Sở Công Thương. Its code is the official electronic identifier
 * ({@code AgencyCode}, for example {@code 000.00.31.H55}), kept as an opaque string: the format
 * has changed before and is not parsed.
 */
@Table("agency")
public record Agency(@Id UUID id, @Version @Nullable Long version, String code, String name, String province) {

	/**
	 * What an agency code may hold: up to 40 characters, no spaces and no slashes, because other
	 * systems put it in API paths ({@code /api/v1/agencies/{code}/units}). Nothing else is assumed.
	 */
	public static final String CODE_PATTERN = "[^\\s/]{1,40}";

	static boolean isValidCode(String code) {
		return code.matches(CODE_PATTERN);
	}

	static Agency create(String code, String name, String province) {
		return new Agency(UUID.randomUUID(), null, code, name, province);
	}

	Agency rename(String newName, String newProvince) {
		return new Agency(id, version, code, newName, newProvince);
	}
}
