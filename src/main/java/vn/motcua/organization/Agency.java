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

	static Agency create(String code, String name, String province) {
		return new Agency(UUID.randomUUID(), null, code, name, province);
	}

	Agency rename(String newName, String newProvince) {
		return new Agency(id, version, code, newName, newProvince);
	}
}
