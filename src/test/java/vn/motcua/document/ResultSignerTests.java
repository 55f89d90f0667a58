package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.motcua.document.DossierSlips.aReceiptSlip;
import static vn.motcua.document.SignedPdfs.anApproval;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.motcua.document.internal.AgencyKeys;
import vn.motcua.document.internal.DevelopmentKeystore;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Sha256;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.WebTest;

/** The agency signs PAdES signatures that our own verifier finds valid, intact and trusted. */
@WebTest
class ResultSignerTests {

	@Autowired
	ResultSigner signer;
	@Autowired
	SignatureVerifier verifier;
	@Autowired
	PdfRenderer renderer;
	@Autowired
	Clock clock;
	@Autowired
	SigningProperties properties;
	@Autowired
	AgencyKeys keys;
	@Autowired
	OrganizationManagement organization;

	@Test
	void aSignedSlipIsValidIntactAndTrusted() {
		SignedPdf signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval());

		Verification verification = verifier.verify(signed.content(), signed.sha256());

		assertThat(verification.sha256()).isEqualTo(signed.sha256()).hasSize(64);
		assertIssuedIntactAndTrusted(verification);
		assertThat(verification.signatures()).singleElement().satisfies(check -> {
			assertThat(check.documentIntegrity()).isEqualTo(DocumentIntegrity.INTACT);
			assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(check.signerSubject()).contains("CN=Sở Công Thương", "O=" + DevelopmentKeystore.ORGANIZATION);
			assertThat(check.signerName()).isEqualTo("Sở Công Thương");
			assertThat(check.reason()).isEqualTo("Phê duyệt kết quả giải quyết hồ sơ");
			assertThat(check.location()).isEqualTo("Khánh Hòa");
			assertThat(check.signingTime()).isCloseTo(clock.instant(), within(1, ChronoUnit.MINUTES));
		});
	}

	@Test
	void theCmsCarriesTheSigningCertificateV2AndNoSigningTimeAttribute() throws Exception {
		byte[] signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval()).content();

		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			var cms = new CMSSignedData(SignatureVerifier.contentInfo(signature.getContents(signed)));
			SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(info.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
			assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
			assertThat(cms.isDetachedSignature()).isTrue();
		}
	}

	@Test
	void theRoomReservedInTheFileHoldsTheCmsWithNoPadding() throws Exception {
		byte[] signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval()).content();

		try (PDDocument document = Loader.loadPDF(signed)) {
			byte[] room = document.getLastSignatureDictionary().getContents(signed);
			assertThat(room).hasSize(SignatureVerifier.contentInfo(room).getEncoded("DER").length);
		}
	}

	@Test
	void aResultSignedWithThirtyTwoKilobytesOfRoomAsBeforeStillVerifies() throws Exception {
		byte[] signed = SignedPdfs.signedWithRoomToSpare(aReceiptSlip(renderer), keys.keyOf(SignedPdfs.HOME_AGENCY), 32 * 1024);

		Verification verification = verifier.verify(signed, Sha256.of(signed));

		try (PDDocument document = Loader.loadPDF(signed)) {
			assertThat(document.getLastSignatureDictionary().getContents(signed)).hasSize(32 * 1024);
		}
		assertIssuedIntactAndTrusted(verification);
	}

	/** The file is the one issued, unchanged, with one valid signature over all of it by a trusted certificate. */
	static void assertIssuedIntactAndTrusted(Verification verification) {
		assertThat(verification.matchesIssuedFile()).isTrue();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.signatures()).singleElement().satisfies(check -> {
			assertThat(check.valid()).isTrue();
			assertThat(check.coversWholeDocument()).isTrue();
			assertThat(check.certificateTrusted()).isTrue();
		});
	}

	@Test
	void aVisibleSignatureShowsItsBoxOnThePage() throws IOException {
		var box = new VisibleSignature(1, 320, 640, 220, 50, List.of("Ký bởi: Sở Công Thương", "Ngày ký: 22/11/2025"));
		SignedPdf signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY,
				new SignatureRequest("Sở Công Thương", "Phê duyệt", "Khánh Hòa", box));

		assertThat(verifier.verify(signed.content()).intact()).isTrue();
		try (PDDocument document = Loader.loadPDF(signed.content())) {
			PDSignatureField field = document.getSignatureFields().get(0);
			var widget = field.getWidgets().get(0);
			assertThat(widget.getRectangle().getWidth()).isEqualTo(220);
			assertThat(widget.getRectangle().getUpperRightY()).isEqualTo(document.getPage(0).getMediaBox().getHeight() - 640);
			assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
			assertThat(document.getPage(0).getAnnotations()).contains(widget);
		}
	}

	@Test
	void oneByteChangedInsideTheSignedRangeBreaksTheSignatureAndTheIssuedFileMatch() {
		SignedPdf signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval());
		byte[] tampered = SignedPdfs.withOneByteChanged(signed.content());

		Verification verification = verifier.verify(tampered, signed.sha256());

		assertThat(verification.matchesIssuedFile()).isFalse();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.signatures()).singleElement().satisfies(check -> {
			assertThat(check.valid()).isFalse();
			assertThat(check.documentIntegrity()).isEqualTo(DocumentIntegrity.BROKEN);
		});
	}

	@Test
	void anIncrementalUpdateAfterSigningLeavesTheSignatureValidButNotCoveringTheFile() throws IOException {
		SignedPdf signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval());
		byte[] updated = SignedPdfs.withAnIncrementalUpdate(signed.content());

		Verification verification = verifier.verify(updated, signed.sha256());

		assertThat(updated.length).isGreaterThan(signed.content().length);
		assertThat(verification.matchesIssuedFile()).isFalse();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.signatures()).singleElement().satisfies(check -> {
			assertThat(check.valid()).isTrue();
			assertThat(check.coversWholeDocument()).isFalse();
			assertThat(check.documentIntegrity()).isEqualTo(DocumentIntegrity.CHANGED_AFTER_SIGNING);
		});
	}

	@Test
	void anUnsignedPdfHasNoSignatures() {
		Verification verification = verifier.verify(aReceiptSlip(renderer));

		assertThat(verification.signatures()).isEmpty();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.matchesIssuedFile()).isNull();
	}

	@Test
	void anotherAgencysDocumentIsSignedWithThatAgencysOwnCertificateAndStillTrusted() {
		Agency construction = AnotherAgency.create(organization).agency();

		SignedPdf signed = signer.sign(aReceiptSlip(renderer), construction.code(), anApproval());
		SignedPdf home = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval());

		assertThat(verifier.verify(signed.content(), signed.sha256()).signatures()).singleElement().satisfies(check -> {
			assertThat(check.signerSubject()).contains("CN=" + construction.name()).doesNotContain("Sở Công Thương");
			assertThat(check.valid()).isTrue();
			assertThat(check.certificateTrusted()).as("every agency's certificate is trusted").isTrue();
		});
		assertThat(verifier.verify(home.content()).signatures()).singleElement()
			.satisfies(check -> assertThat(check.signerSubject()).contains("CN=Sở Công Thương"));
		assertThat(properties.agencyKeystores().resolve(construction.code() + ".p12")).isRegularFile();
	}

	/** The test layers' data folder (target/test-data-1 in the first test JVM) is what the keystore's place follows. */
	@Test
	void theDevelopmentKeystoreLivesUnderTheDataDirectory(@Value("${motcua.data-dir}") String dataDirectory) {
		signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval());

		assertThat(Files.isRegularFile(properties.keystore())).isTrue();
		assertThat(dataDirectory).startsWith("target/test-data");
		assertThat(properties.keystore().toString().replace('\\', '/')).startsWith(dataDirectory + "/")
			.endsWith("/keys/agency-signing.p12");
	}
}
