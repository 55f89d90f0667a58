package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.ResultDelivery;

/** The desk's registration form for papers handed in at the counter or arrived by post. */
public class CounterForm {

	private String procedure = "";
	private Channel channel = Channel.COUNTER;
	private ApplicantKind kind = ApplicantKind.CITIZEN;

	@NotBlank(message = "{dossier.counter.name.required}")
	@Size(max = 300, message = "{identity.register.fullName.size}")
	private String name = "";

	@NotBlank(message = "{identity.register.idNumber.required}")
	private String idNumber = "";

	@NotBlank(message = "{dossier.intake.address.required}")
	@Size(max = 500, message = "{dossier.intake.address.size}")
	private String address = "";

	@NotBlank(message = "{identity.register.phone.required}")
	private String phone = "";

	@Size(max = 200, message = "{identity.register.email.invalid}")
	private String email = "";

	@Min(value = 1, message = "{dossier.counter.sets}")
	@Max(value = 99, message = "{dossier.counter.sets}")
	private int sets = 1;

	private ResultDelivery delivery = ResultDelivery.AT_DESK;

	@Size(max = 500, message = "{dossier.intake.address.size}")
	private String deliveryAddress = "";

	@Valid
	private List<PaperCount> documents = new ArrayList<>();

	/** Set when the form is shown: sent twice, it registers one dossier. */
	private @Nullable String submissionKey;

	/** The papers counted for one required document. */
	public static class PaperCount {

		@Min(value = 0, message = "{dossier.counter.count.negative}")
		private int originals;

		@Min(value = 0, message = "{dossier.counter.count.negative}")
		private int certifiedCopies;

		@Min(value = 0, message = "{dossier.counter.count.negative}")
		private int photocopies;

		public int getOriginals() {
			return originals;
		}

		public void setOriginals(int originals) {
			this.originals = originals;
		}

		public int getCertifiedCopies() {
			return certifiedCopies;
		}

		public void setCertifiedCopies(int certifiedCopies) {
			this.certifiedCopies = certifiedCopies;
		}

		public int getPhotocopies() {
			return photocopies;
		}

		public void setPhotocopies(int photocopies) {
			this.photocopies = photocopies;
		}
	}

	public String getProcedure() {
		return procedure;
	}

	public void setProcedure(String procedure) {
		this.procedure = procedure;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public ApplicantKind getKind() {
		return kind;
	}

	public void setKind(ApplicantKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public int getSets() {
		return sets;
	}

	public void setSets(int sets) {
		this.sets = sets;
	}

	public ResultDelivery getDelivery() {
		return delivery;
	}

	public void setDelivery(ResultDelivery delivery) {
		this.delivery = delivery;
	}

	public @Nullable String getSubmissionKey() {
		return submissionKey;
	}

	public void setSubmissionKey(@Nullable String submissionKey) {
		this.submissionKey = submissionKey;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public void setDeliveryAddress(String deliveryAddress) {
		this.deliveryAddress = deliveryAddress;
	}

	public List<PaperCount> getDocuments() {
		return documents;
	}

	public void setDocuments(List<PaperCount> documents) {
		this.documents = documents;
	}
}
