package vn.motcua.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The verification of one signature in a PDF.
 *
 * @param valid the CMS signature checks over the signed byte range with the certificate it names
 * @param signerSubject the distinguished name of the signer's certificate, or null if the signature has none
 * @param signerName the name the signature gives itself (/Name), or null
 * @param signingTime the time the signature claims (/M), or null
 * @param reason the reason the signature gives, or null
 * @param location the location the signature gives, or null
 * @param subFilter the signature's format, such as {@code ETSI.CAdES.detached}
 * @param coversWholeDocument the signed byte range spans the whole file: nothing was appended after signing
 * @param certificateTrusted the signer's certificate is the agency's certificate or issued by it (or
 *        by another certificate in our trust list), and was valid when signing
 * @param documentIntegrity the verdict
 */
public record SignatureCheck(boolean valid, @Nullable String signerSubject, @Nullable String signerName,
		@Nullable Instant signingTime, @Nullable String reason, @Nullable String location, @Nullable String subFilter,
		boolean coversWholeDocument, boolean certificateTrusted, DocumentIntegrity documentIntegrity) {
}
