package vn.motcua.organization;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency such as a provincial Sở Công Thương. Its code is the official electronic identifier
 * ({@code AgencyCode}, for example {@code 000.00.31.H55}), kept as an opaque string: the format
 * has changed before and is not parsed. The national list writes its codes in upper case, and so are
 * new codes kept; a code is found in any letter case (decision 0046).
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

	/**
	 * A code as it is kept: in upper case, as the national list writes it and as the dossier codes that
	 * carry it are read, so that an administrator's {@code 000.00.31.h55} is {@code 000.00.31.H55}.
	 */
	static String normalCode(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	static Agency create(String code, String name, String province) {
		return new Agency(UUID.randomUUID(), null, normalCode(code), name, province);
	}

	Agency rename(String newName, String newProvince) {
		return new Agency(id, version, code, newName, newProvince);
	}
}
