package vn.motcua.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.TimeOrderedIds;

/**
 * A publication (công khai) of an agency, to the public or to its officers. Editable while a draft;
 * once published it is never edited: a replacement corrects it (it stays readable, marked replaced
 * and linked to its replacement) or it is withdrawn with a reason. Its status changes only through
 * its guarded methods.
 */
@Table("disclosure")
public class Disclosure implements Cloneable {

	static final int REASON_LENGTH = 2000;

	@Id
	private UUID id;
	@Version
	private @Nullable Long version;
	private UUID agencyId;
	private String agencyCode;
	private DisclosureStatus status;
	private DisclosureAudience audience;
	private String category;
	private String title;
	private String body;
	private LocalDate postedFrom;
	private LocalDate postedUntil;
	private @Nullable LocalDate rulesInForceFrom;
	private @Nullable Integer minimumDays;
	private @Nullable UUID replaces;
	private @Nullable UUID replacedBy;
	private String preparedBy;
	private Instant preparedAt;
	private @Nullable String publishedBy;
	private @Nullable Instant publishedAt;
	private @Nullable Instant replacedAt;
	private @Nullable String withdrawnBy;
	private @Nullable Instant withdrawnAt;
	private @Nullable String withdrawalReason;
	@MappedCollection(idColumn = "disclosure_id", keyColumn = "position")
	private List<DisclosureFile> files = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	private Disclosure() {
	}

	@SuppressWarnings("NullAway.Init")
	static Disclosure prepare(UUID agencyId, String agencyCode, DisclosureContent content, String preparedBy,
			Instant now) {
		Disclosure disclosure = new Disclosure();
		disclosure.id = TimeOrderedIds.next();
		disclosure.agencyId = agencyId;
		disclosure.agencyCode = agencyCode;
		disclosure.status = DisclosureStatus.DRAFT;
		disclosure.preparedBy = preparedBy;
		disclosure.preparedAt = now;
		disclosure.write(content);
		return disclosure;
	}

	/**
	 * A draft that corrects this published one, for the same audience: publishing it marks this one
	 * replaced.
	 */
	Disclosure prepareReplacement(DisclosureContent content, String preparedBy, Instant now) {
		requireStatus(DisclosureStatus.PUBLISHED);
		if (content.audience() != audience) {
			throw new InvalidFieldException("audience", "disclosure.replacement.audience");
		}
		Disclosure replacement = prepare(agencyId, agencyCode, content, preparedBy, now);
		replacement.replaces = id;
		return replacement;
	}

	void edit(DisclosureContent content) {
		requireStatus(DisclosureStatus.DRAFT);
		if (replaces != null && content.audience() != audience) {
			throw new InvalidFieldException("audience", "disclosure.replacement.audience");
		}
		write(content);
	}

	void addFile(DisclosureFile file) {
		requireStatus(DisclosureStatus.DRAFT);
		files.add(file);
	}

	/** Publishes it under the rule set in force on its first day of posting, which it records. */
	void publish(DisclosureRules rules, String publisher, Instant now) {
		requireStatus(DisclosureStatus.DRAFT);
		DisclosureRules.Applied applied = rules.check(category, audience, period());
		status = DisclosureStatus.PUBLISHED;
		rulesInForceFrom = applied.inForceFrom();
		minimumDays = applied.minimumDays();
		publishedBy = publisher;
		publishedAt = now;
	}

	/** Marks this published one corrected by its published replacement. */
	void replaceBy(Disclosure replacement, Instant now) {
		if (status != DisclosureStatus.PUBLISHED) {
			throw new InvalidRequestException("disclosure.replacement.not-published");
		}
		status = DisclosureStatus.REPLACED;
		replacedBy = replacement.id();
		replacedAt = now;
	}

	void withdraw(@Nullable String reason, String officer, Instant now) {
		requireStatus(DisclosureStatus.PUBLISHED);
		withdrawalReason = DisclosureContent.required(reason, REASON_LENGTH, "reason");
		status = DisclosureStatus.WITHDRAWN;
		withdrawnBy = officer;
		withdrawnAt = now;
	}

	/** Whether anyone on the portal reads it now: public, published or replaced, and its posting started. */
	public boolean isPublicAt(Instant now) {
		return audience == DisclosureAudience.PUBLIC
				&& (status == DisclosureStatus.PUBLISHED || status == DisclosureStatus.REPLACED)
				&& period().startedAt(now);
	}

	/** Whether the agency's officers confirm reading it: a staff publication, published. */
	public boolean takesReadConfirmations() {
		return audience == DisclosureAudience.STAFF && status == DisclosureStatus.PUBLISHED;
	}

	private void write(DisclosureContent content) {
		DisclosureContent checked = content.checked();
		title = checked.title();
		category = checked.category();
		audience = checked.audience();
		body = checked.body();
		postedFrom = checked.postedFrom();
		postedUntil = checked.postedUntil();
	}

	private void requireStatus(DisclosureStatus expected) {
		if (status != expected) {
			throw new InvalidRequestException("disclosure.status.not-" + expected.name().toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * The publication as the People's Inspection Board reads what its publisher has not published as written
	 * (decision 0031): the phone numbers and e-mail addresses typed in a draft's title and text and in a
	 * withdrawal's reason masked, the citizen ID numbers withheld. A copy to be read, never saved.
	 */
	Disclosure withContactsMasked() {
		Disclosure copy;
		try {
			copy = (Disclosure) clone();
		}
		catch (CloneNotSupportedException impossible) {
			throw new IllegalStateException(impossible);
		}
		if (status == DisclosureStatus.DRAFT) {
			copy.title = PersonalData.maskContactsIn(title);
			copy.body = PersonalData.maskContactsIn(body);
		}
		copy.withdrawalReason = withdrawalReason == null ? null : PersonalData.maskContactsIn(withdrawalReason);
		return copy;
	}

	public PostingPeriod period() {
		return new PostingPeriod(postedFrom, postedUntil);
	}

	public DisclosureContent content() {
		return new DisclosureContent(title, category, audience, body, postedFrom, postedUntil);
	}

	public UUID id() { return id; }
	/** Changes with each save: what a publisher confirmed is the draft as it was then. */
	public @Nullable Long version() { return version; }
	public UUID agencyId() { return agencyId; }
	public String agencyCode() { return agencyCode; }
	public DisclosureStatus status() { return status; }
	public DisclosureAudience audience() { return audience; }
	public String category() { return category; }
	public String title() { return title; }
	public String body() { return body; }
	public LocalDate postedFrom() { return postedFrom; }
	public LocalDate postedUntil() { return postedUntil; }
	public @Nullable LocalDate rulesInForceFrom() { return rulesInForceFrom; }
	public @Nullable Integer minimumDays() { return minimumDays; }
	public @Nullable UUID replaces() { return replaces; }
	public @Nullable UUID replacedBy() { return replacedBy; }
	public String preparedBy() { return preparedBy; }
	public @Nullable String publishedBy() { return publishedBy; }
	public @Nullable Instant publishedAt() { return publishedAt; }
	public @Nullable Instant replacedAt() { return replacedAt; }
	public @Nullable String withdrawnBy() { return withdrawnBy; }
	public @Nullable Instant withdrawnAt() { return withdrawnAt; }
	public @Nullable String withdrawalReason() { return withdrawalReason; }
	public List<DisclosureFile> files() { return Collections.unmodifiableList(files); }
}
