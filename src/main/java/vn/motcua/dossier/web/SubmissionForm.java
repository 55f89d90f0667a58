package vn.motcua.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.motcua.dossier.ResultDelivery;

/** The online submission form, saved as a draft; the files come as parts {@code document-N} beside it. */
public class SubmissionForm {

	@NotBlank(message = "{dossier.intake.procedure.required}")
	private String procedure = "";

	@NotBlank(message = "{dossier.intake.address.required}")
	@Size(max = 500, message = "{dossier.intake.address.size}")
	private String address = "";

	@NotNull(message = "{dossier.intake.delivery.required}")
	private @Nullable ResultDelivery delivery = ResultDelivery.ONLINE;

	@Size(max = 500, message = "{dossier.intake.address.size}")
	private String deliveryAddress = "";

	/** The draft being changed; empty for a new one. */
	private String draftId = "";

	/** The form's own key, given when it is opened: sent twice, it starts one draft. */
	private @Nullable String idempotencyKey;

	public String getProcedure() {
		return procedure;
	}

	public void setProcedure(String procedure) {
		this.procedure = procedure;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public @Nullable ResultDelivery getDelivery() {
		return delivery;
	}

	public void setDelivery(@Nullable ResultDelivery delivery) {
		this.delivery = delivery;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public void setDeliveryAddress(String deliveryAddress) {
		this.deliveryAddress = deliveryAddress;
	}

	public String getDraftId() {
		return draftId;
	}

	public void setDraftId(String draftId) {
		this.draftId = draftId;
	}

	public @Nullable String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(@Nullable String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}
}
