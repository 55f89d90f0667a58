package vn.motcua.petition.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionSubmission;

/** The petition form, on the public page, the officer's page and the API (as JSON). */
public class PetitionForm {

	/** How the API documents the agency a petition is addressed to (decision 0047). */
	static final String AGENCY_CODE = "The code of the agency the petition is addressed to, one of GET /api/v1/agencies; "
			+ "the home agency when absent. An unknown code answers 400 with the field under 'errors'.";

	private PetitionKind kind = PetitionKind.QUESTION;
	private PetitionChannel channel = PetitionChannel.WEB_FORM;
	private String title = "";
	private String content = "";
	private @Nullable String concerning;
	private @Nullable String name;
	private @Nullable String address;
	private @Nullable String phone;
	private @Nullable String email;
	private @Nullable String sectorCode;
	private @Nullable String procedureCode;
	private @Nullable String dossierCode;
	/** The agency addressed; the public page proposes the home agency, the officer's page sets the officer's. */
	@Schema(description = AGENCY_CODE, example = "000.00.31.H55")
	private @Nullable String agencyCode;
	/**
	 * Set when the form is shown: sending it twice gets the first petition (PetitionIntake). The API
	 * takes it from the Idempotency-Key header instead.
	 */
	@JsonIgnore
	private @Nullable String submissionKey;
	/** The token of the attachment kept when the public form came back with an error (KeptAttachments). */
	@JsonIgnore
	private @Nullable String keptAttachment;

	/** The form's field that holds a required part. */
	static String fieldName(PetitionKind.Field field) {
		return switch (field) {
			case NAME -> "name";
			case ADDRESS -> "address";
			case CONTACT -> "phone";
			case CONCERNING -> "concerning";
			case TITLE -> "title";
			case CONTENT -> "content";
		};
	}

	PetitionSubmission submission(PetitionChannel actualChannel, @Nullable UUID accountId,
			@Nullable UUID receptionRecordId, @Nullable String attachmentName, byte @Nullable [] attachment) {
		return new PetitionSubmission(kind, actualChannel, title, content, concerning, name, address, phone, email,
				sectorCode, procedureCode, dossierCode, accountId, receptionRecordId, attachmentName, attachment,
				agencyCode);
	}

	public PetitionKind getKind() { return kind; }
	public void setKind(PetitionKind kind) { this.kind = kind; }
	public PetitionChannel getChannel() { return channel; }
	public void setChannel(PetitionChannel channel) { this.channel = channel; }
	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
	public String getContent() { return content; }
	public void setContent(@Nullable String content) { this.content = content == null ? "" : content; }
	public @Nullable String getConcerning() { return concerning; }
	public void setConcerning(@Nullable String concerning) { this.concerning = concerning; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getAddress() { return address; }
	public void setAddress(@Nullable String address) { this.address = address; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getSectorCode() { return sectorCode; }
	public void setSectorCode(@Nullable String sectorCode) { this.sectorCode = sectorCode; }
	public @Nullable String getProcedureCode() { return procedureCode; }
	public void setProcedureCode(@Nullable String procedureCode) { this.procedureCode = procedureCode; }
	public @Nullable String getDossierCode() { return dossierCode; }
	public void setDossierCode(@Nullable String dossierCode) { this.dossierCode = dossierCode; }
	public @Nullable String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
	public @Nullable String getSubmissionKey() { return submissionKey; }
	public void setSubmissionKey(@Nullable String submissionKey) { this.submissionKey = submissionKey; }
	public @Nullable String getKeptAttachment() { return keptAttachment; }
	public void setKeptAttachment(@Nullable String keptAttachment) { this.keptAttachment = keptAttachment; }

	/** A form shown anew: its own submission key. */
	PetitionForm withNewSubmissionKey() {
		this.submissionKey = UUID.randomUUID().toString();
		return this;
	}
}
