package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.ApplicantKind;

/**
 * Who the dossier is for (chủ hồ sơ), as the slips print it: a citizen, an organisation or a
 * business, with the identification number and contact details given at submission.
 */
public record Applicant(ApplicantKind kind, String name, String idNumber, String address, String phone,
		@Nullable String email) {
}
