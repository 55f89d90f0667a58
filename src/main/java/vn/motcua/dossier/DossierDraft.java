package vn.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.document.Attachment;
import vn.motcua.shared.TimeOrderedIds;

/**
 * An online submission an applicant is still preparing: saved with the files uploaded so far, so
 * that it can be reviewed, changed and resumed later, and submitted once complete. Its id is the
 * idempotency key of its submission, so that submitting it twice makes one dossier; the key of the
 * form that started it makes that form sent twice start one draft.
 */
@Table("dossier_draft")
public class DossierDraft {

	@Id
	private final UUID id;
	@Version
	private @Nullable Long version;
	private final UUID accountId;
	private final String procedureCode;
	private final @Nullable String idempotencyKey;
	private String address;
	private ResultDelivery delivery;
	private @Nullable String deliveryAddress;
	private Instant updatedAt;
	@MappedCollection(idColumn = "draft_id", keyColumn = "position")
	private final List<DraftFile> files;

	@PersistenceCreator
	DossierDraft(UUID id, @Nullable Long version, UUID accountId, String procedureCode, @Nullable String idempotencyKey,
			String address, ResultDelivery delivery, @Nullable String deliveryAddress, Instant updatedAt,
			List<DraftFile> files) {
		this.id = id;
		this.version = version;
		this.accountId = accountId;
		this.procedureCode = procedureCode;
		this.idempotencyKey = idempotencyKey;
		this.address = address;
		this.delivery = delivery;
		this.deliveryAddress = deliveryAddress;
		this.updatedAt = updatedAt;
		this.files = new ArrayList<>(files);
	}

	static DossierDraft start(UUID accountId, String procedureCode, @Nullable String idempotencyKey, Instant now) {
		return new DossierDraft(TimeOrderedIds.next(), null, accountId, procedureCode, idempotencyKey, "",
				ResultDelivery.ONLINE, null, now, List.of());
	}

	void change(String newAddress, ResultDelivery newDelivery, @Nullable String newDeliveryAddress, Instant now) {
		this.address = newAddress.trim();
		this.delivery = newDelivery;
		this.deliveryAddress = newDeliveryAddress == null || newDeliveryAddress.isBlank() ? null : newDeliveryAddress.trim();
		this.updatedAt = now;
	}

	/** Attaches a file to a required document; returns the one it replaces, if any. */
	@Nullable DraftFile attach(int requiredDocumentIndex, Attachment attachment, Instant now) {
		DraftFile replaced = file(requiredDocumentIndex);
		files.removeIf(file -> file.requiredDocumentIndex() == requiredDocumentIndex);
		files.add(DraftFile.of(requiredDocumentIndex, attachment));
		this.updatedAt = now;
		return replaced;
	}

	public @Nullable DraftFile file(int requiredDocumentIndex) {
		return files.stream().filter(file -> file.requiredDocumentIndex() == requiredDocumentIndex).findFirst()
			.orElse(null);
	}

	public UUID id() {
		return id;
	}

	public UUID accountId() {
		return accountId;
	}

	public String procedureCode() {
		return procedureCode;
	}

	public String address() {
		return address;
	}

	public ResultDelivery delivery() {
		return delivery;
	}

	public @Nullable String deliveryAddress() {
		return deliveryAddress;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<DraftFile> files() {
		return Collections.unmodifiableList(files);
	}
}
