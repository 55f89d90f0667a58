package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.motcua.document.SigningProperties;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;

/**
 * The development keystore is created on the first start, in the home agency's name and marked as
 * not for production, and every later start reuses it; without it, production refuses to sign.
 */
@Tag("rule")
class AgencyKeysTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-22T02:00:00Z"), VietnamTime.ZONE);

	@TempDir
	Path dataDir;

	final OrganizationManagement organization = mock(OrganizationManagement.class);

	AgencyKeys aStart(boolean createDevelopmentKeystore) {
		var properties = new SigningProperties(dataDir.resolve("keys/agency-signing.p12"), "secret", "agency",
				createDevelopmentKeystore, DataSize.ofMegabytes(8));
		return new AgencyKeys(properties, organization, CLOCK);
	}

	@Test
	void theFirstStartCreatesASelfSignedDevelopmentCertificateInTheHomeAgencysName() {
		when(organization.homeAgency())
			.thenReturn(Optional.of(new Agency(UUID.randomUUID(), 1L, "000.00.31.H55", "Sở Công Thương tỉnh Khánh Hòa", "Khánh Hòa")));

		AgencyKey key = aStart(true).agencyKey();

		String subject = key.certificate().getSubjectX500Principal().getName();
		assertThat(subject).contains("CN=Sở Công Thương tỉnh Khánh Hòa", "O=" + DevelopmentKeystore.ORGANIZATION);
		assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(key.certificate().getSubjectX500Principal());
		assertThat(key.certificate().getNotBefore().toInstant()).isBefore(CLOCK.instant());
		assertThat(Files.isRegularFile(dataDir.resolve("keys/agency-signing.p12"))).isTrue();
	}

	@Test
	void aSecondStartReusesTheKeystoreInsteadOfReplacingIt() throws IOException {
		when(organization.homeAgency()).thenReturn(Optional.empty());
		AgencyKey first = aStart(true).agencyKey();
		byte[] keystore = Files.readAllBytes(dataDir.resolve("keys/agency-signing.p12"));

		AgencyKey second = aStart(true).agencyKey();

		assertThat(second.certificate()).isEqualTo(first.certificate());
		assertThat(second.privateKey()).isEqualTo(first.privateKey());
		assertThat(Files.readAllBytes(dataDir.resolve("keys/agency-signing.p12"))).isEqualTo(keystore);
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
	void withoutAKeystoreProductionRefusesToSignAndSaysWhy() {
		assertThatIllegalStateException().isThrownBy(() -> aStart(false).agencyKey())
			.withMessageContaining("does not exist")
			.withMessageContaining("motcua.document.signing.keystore");
		assertThat(dataDir.resolve("keys")).doesNotExist();
	}
}
