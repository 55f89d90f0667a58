package vn.motcua.organization.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.organization.Agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Administrators list, create and edit agencies; bad input is refused beside its field, in the user's language. */
class AgencyAdminPagesTests extends AdminPagesTestSupport {

	@Test
	void listsTheAgenciesBesideTheCreateForm() {
		assertThat(mvc.get().uri("/admin/agencies").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("Sở Công Thương tỉnh Quảng Ngãi", "000.00.31.H55", "Mã định danh điện tử của cơ quan",
					"<th scope=\"col\"");
	}

	@Test
	void adminCreatesAnAgency() {
		String code = unique("000.00.");
		MvcTestResult result = mvc.post().uri("/admin/agencies").with(admin()).with(csrf())
			.param("code", " " + code + " ").param("name", "Sở Công Thương tỉnh Kon Tum").param("province", "Kon Tum")
			.exchange();

		Agency created = organization.agencyByCode(code).orElseThrow();
		assertThat(result).hasRedirectedUrl(agencyPath(created));
		assertThat(created.name()).isEqualTo("Sở Công Thương tỉnh Kon Tum");
		assertThat(created.province()).isEqualTo("Kon Tum");
		assertThat(mvc.get().uri(agencyPath(created)).with(admin())).hasStatusOk().bodyText()
			.contains("Sở Công Thương tỉnh Kon Tum", code.toUpperCase(Locale.ROOT));
	}

	@ParameterizedTest
	@CsvSource({ "'', Vui lòng nhập tên.", "en, Please enter a name." })
	void refusesABlankNameInTheUsersLanguage(String language, String message) {
		long agencies = count("agency");

		assertThat(mvc.post().uri("/admin/agencies").with(admin()).with(csrf()).param("lang", language)
			.param("code", unique("X.")).param("name", "   ").param("province", "Kon Tum"))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"name-error\"", "aria-describedby=\"name-error\"");
		assertThat(count("agency")).isEqualTo(agencies);
	}

	/** The national list writes agency codes in upper case; one typed in lower case is kept so (decision 0046). */
	@Test
	void aCodeTypedInLowerCaseIsKeptInUpperCaseAndTakenInEveryCase() {
		String typed = unique("000.00.31.h55-");
		String kept = typed.toUpperCase(Locale.ROOT);
		assertThat(typed).isNotEqualTo(kept);

		assertThat(mvc.post().uri("/admin/agencies").with(admin()).with(csrf())
			.param("code", typed).param("name", "Sở thử chữ thường").param("province", "Kon Tum")).hasStatus3xxRedirection();

		Agency created = organization.agencyByCode(kept).orElseThrow();
		assertThat(created.code()).isEqualTo(kept);
		assertThat(organization.agencyByCode(typed)).as("found as typed").contains(created);
		long agencies = count("agency");
		assertThat(mvc.post().uri("/admin/agencies").with(admin()).with(csrf())
			.param("code", "000.00.31.h55").param("name", "Một sở khác").param("province", "Kon Tum"))
			.hasStatusOk().bodyText().contains("Mã định danh 000.00.31.H55 đã được dùng cho một cơ quan khác.");
		assertThat(count("agency")).isEqualTo(agencies);
	}

	@ParameterizedTest
	@CsvSource({ "'', Mã định danh 000.00.31.H55 đã được dùng cho một cơ quan khác.",
			"en, The code 000.00.31.H55 is already used by another agency." })
	void refusesADuplicateCodeInTheUsersLanguage(String language, String message) {
		long agencies = count("agency");

		assertThat(mvc.post().uri("/admin/agencies").with(admin()).with(csrf()).param("lang", language)
			.param("code", "000.00.31.H55").param("name", "Một sở khác").param("province", "Kon Tum"))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"code-error\"");
		assertThat(count("agency")).isEqualTo(agencies);
	}

	@Test
	void refusesACodeWithSpaces() {
		long agencies = count("agency");

		assertThat(mvc.post().uri("/admin/agencies").with(admin()).with(csrf())
			.param("code", "000 00 31").param("name", "Một sở khác").param("province", "Kon Tum"))
			.hasStatusOk()
			.bodyText()
			.contains("Mã định danh không được có dấu cách hay dấu gạch chéo");
		assertThat(count("agency")).isEqualTo(agencies);
	}

	@Test
	void adminEditsTheNameAndProvince() {
		Agency agency = anAgency();

		assertThat(mvc.post().uri(agencyPath(agency)).with(admin()).with(csrf())
			.param("name", "Sở Công Thương tỉnh Gia Lai").param("province", "Gia Lai"))
			.hasRedirectedUrl(agencyPath(agency));
		Agency changed = organization.agency(agency.id());
		assertThat(changed.name()).isEqualTo("Sở Công Thương tỉnh Gia Lai");
		assertThat(changed.province()).isEqualTo("Gia Lai");
		assertThat(changed.code()).isEqualTo(agency.code());
	}

	@ParameterizedTest
	@CsvSource({ "'', 'Vui lòng nhập tỉnh, thành phố.'", "en, Please enter the province or city." })
	void refusesABlankProvinceWhenEditing(String language, String message) {
		Agency agency = anAgency();

		assertThat(mvc.post().uri(agencyPath(agency)).with(admin()).with(csrf()).param("lang", language)
			.param("name", "Tên mới").param("province", ""))
			.hasStatusOk()
			.bodyText()
			.contains(message);
		assertThat(organization.agency(agency.id())).isEqualTo(agency);
	}

	@Test
	void anUnknownAgencyIsNotFound() {
		assertThat(mvc.get().uri("/admin/agencies/" + UUID.randomUUID()).with(admin()))
			.hasStatus(404)
			.bodyText()
			.contains("Không tìm thấy trang");
	}
}
