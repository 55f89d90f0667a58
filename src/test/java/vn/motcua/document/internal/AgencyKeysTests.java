package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.motcua.document.SigningProperties;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/**
 * Each agency signs with its own key: the home agency's from the configured keystore, every other
 * agency's from its own file in the agencies' folder. The embedded default creates a development
 * keystore for each on first use, in the agency's name and marked as not for production, and every
 * later start reuses it; without an agency's keystore, production refuses to sign for it.
 */
@Tag("rule")
class AgencyKeysTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-22T02:00:00Z"), VietnamTime.ZONE);

	static final Agency HOME = new Agency(UUID.randomUUID(), 1L, "000.00.31.H55", "Sở Công Thương tỉnh Khánh Hòa",
			"Khánh Hòa");

	static final Agency CONSTRUCTION = new Agency(UUID.randomUUID(), 1L, "000.00.21.H55", "Sở Xây dựng tỉnh Quảng Ngãi",
			"Quảng Ngãi");

	@TempDir
	Path dataDir;

	final OrganizationManagement organization = mock(OrganizationManagement.class);

	@BeforeEach
	void twoAgencies() {
		when(organization.homeAgency()).thenReturn(Optional.of(HOME));
		when(organization.agencyByCode(HOME.code())).thenReturn(Optional.of(HOME));
		when(organization.agencyByCode(CONSTRUCTION.code())).thenReturn(Optional.of(CONSTRUCTION));
	}

	AgencyKeys aStart(boolean createDevelopmentKeystore) {
		var properties = new SigningProperties(dataDir.resolve("keys/agency-signing.p12"), dataDir.resolve("keys/agencies"),
				"secret", "agency", createDevelopmentKeystore, DataSize.ofMegabytes(8));
		return new AgencyKeys(properties, organization, CLOCK);
	}

	@Test
	void theFirstStartCreatesASelfSignedDevelopmentCertificateInTheHomeAgencysName() {
		AgencyKey key = aStart(true).keyOf(HOME.code());

		String subject = key.certificate().getSubjectX500Principal().getName();
		assertThat(subject).contains("CN=Sở Công Thương tỉnh Khánh Hòa", "O=" + DevelopmentKeystore.ORGANIZATION);
		assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(key.certificate().getSubjectX500Principal());
		assertThat(key.certificate().getNotBefore().toInstant()).isBefore(CLOCK.instant());
		assertThat(Files.isRegularFile(dataDir.resolve("keys/agency-signing.p12"))).isTrue();
	}

	@Test
	void aSecondStartReusesTheKeystoreInsteadOfReplacingIt() throws IOException {
		AgencyKey first = aStart(true).keyOf(HOME.code());
		byte[] keystore = Files.readAllBytes(dataDir.resolve("keys/agency-signing.p12"));

		AgencyKey second = aStart(true).keyOf(HOME.code());

		assertThat(second.certificate()).isEqualTo(first.certificate());
		assertThat(second.privateKey()).isEqualTo(first.privateKey());
		assertThat(Files.readAllBytes(dataDir.resolve("keys/agency-signing.p12"))).isEqualTo(keystore);
	}

	@Test
	void anotherAgencySignsWithAKeyOfItsOwnInItsNameAndBothAreTrusted() {
		AgencyKeys keys = aStart(true);

		AgencyKey home = keys.keyOf(HOME.code());
		AgencyKey construction = keys.keyOf(CONSTRUCTION.code());

		assertThat(construction.certificate().getSubjectX500Principal().getName())
			.contains("CN=Sở Xây dựng tỉnh Quảng Ngãi");
		assertThat(construction.privateKey()).isNotEqualTo(home.privateKey());
		assertThat(dataDir.resolve("keys/agencies/000.00.21.H55.p12")).isRegularFile();
		assertThat(aStart(true).trustAnchors()).as("a later start trusts every installed agency's certificate")
			.containsExactlyInAnyOrder(home.certificate(), construction.certificate());
		assertThat(aStart(true).keyOf(CONSTRUCTION.code()).certificate()).isEqualTo(construction.certificate());
	}

	@Test
	void creatingAgainBesideAnExistingKeystoreLeavesItAlone() throws IOException {
		Path file = dataDir.resolve("keys/agency-signing.p12");
		assertThat(DevelopmentKeystore.createUnlessPresent(file, "secret", "agency", "A", CLOCK)).isTrue();
		byte[] keystore = Files.readAllBytes(file);

		assertThat(DevelopmentKeystore.createUnlessPresent(file, "secret", "agency", "B", CLOCK)).isFalse();

		assertThat(Files.readAllBytes(file)).isEqualTo(keystore);
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void withoutAKeystoreProductionRefusesToSignAndSaysForWhichAgency() {
		assertThatThrownBy(() -> aStart(false).keyOf(HOME.code())).isInstanceOf(InvalidRequestException.class)
			.satisfies(refusal -> {
				assertThat(((InvalidRequestException) refusal).messageKey()).isEqualTo("document-signature.key.missing");
				assertThat(((InvalidRequestException) refusal).arguments()).containsExactly(HOME.name());
			});
		assertThat(dataDir.resolve("keys")).doesNotExist();
	}

	@Test
	void productionWithOnlyTheHomeAgencysKeystoreSignsForItAndRefusesTheOthers() {
		aStart(true).keyOf(HOME.code());

		AgencyKeys production = aStart(false);

		assertThat(production.keyOf(HOME.code())).isNotNull();
		assertThatThrownBy(() -> production.keyOf(CONSTRUCTION.code())).isInstanceOf(InvalidRequestException.class)
			.satisfies(refusal -> assertThat(((InvalidRequestException) refusal).arguments())
				.containsExactly(CONSTRUCTION.name()));
		assertThat(dataDir.resolve("keys/agencies")).doesNotExist();
	}

	@Test
	void aCodeThatWouldLeaveTheAgenciesFolderIsNoKeystoreName() {
		assertThatIllegalArgumentException().isThrownBy(() -> aStart(true).keyOf("../agency-signing"));
		assertThatIllegalArgumentException().isThrownBy(() -> aStart(true).keyOf("000/00"));
		assertThat(dataDir.resolve("keys")).doesNotExist();
	}
}
