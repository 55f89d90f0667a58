package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.document.DossierSlips.aReceiptSlip;
import static vn.motcua.document.SignedPdfs.anApproval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.testing.WebTest;

/**
 * An independent verifier agrees: poppler's {@code pdfsig} finds our signature valid, and finds the
 * tampered copy invalid. It reports our self-signed development certificate as untrusted, which is
 * right; the signature's own validity is what this test holds.
 */
@WebTest
@EnabledIf(value = "pdfsigInstalled", disabledReason = "poppler's pdfsig is missing (" + PdfsigTests.PDFSIG
		+ "; on Debian: apt-get install poppler-utils)")
class PdfsigTests {

	static final String PDFSIG = "/usr/bin/pdfsig";

	@Autowired
	ResultSigner signer;
	@Autowired
	PdfRenderer renderer;

	@TempDir
	Path folder;

	static boolean pdfsigInstalled() {
		boolean installed = Files.isExecutable(Path.of(PDFSIG));
		if (!installed) {
			System.out.println("[motcua] SKIPPED PdfsigTests: " + PDFSIG + " is missing (apt-get install poppler-utils)");
		}
		return installed;
	}

	@Test
	void pdfsigFindsTheSignatureValid() throws Exception {
		byte[] signed = signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval()).content();

		assertThat(pdfsig(signed)).contains("Signature Type: ETSI.CAdES.detached", "Total document signed",
				"Signature Validation: Signature is Valid.");
	}

	@Test
	void pdfsigFindsTheTamperedCopyInvalid() throws Exception {
		byte[] tampered = SignedPdfs.withOneByteChanged(signer.sign(aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, anApproval()).content());

		assertThat(pdfsig(tampered)).contains("Signature Validation:").doesNotContain("Signature is Valid.");
	}

	private String pdfsig(byte[] pdf) throws IOException, InterruptedException {
		Path file = Files.write(folder.resolve("signed.pdf"), pdf);
		Process process = new ProcessBuilder(PDFSIG, file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}
}
