package vn.motcua.disclosure.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.disclosure.DisclosureAudience;
import vn.motcua.disclosure.DisclosureContent;

/** The officer's form of a publication; the files come as parts of their own. */
public class DisclosureForm {

	private String title = "";
	private String category = "";
	private DisclosureAudience audience = DisclosureAudience.PUBLIC;
	private String body = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate postedFrom;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate postedUntil;

	static DisclosureForm of(DisclosureContent content) {
		DisclosureForm form = new DisclosureForm();
		form.title = content.title();
		form.category = content.category();
		form.audience = content.audience();
		form.body = content.body();
		form.postedFrom = content.postedFrom();
		form.postedUntil = content.postedUntil();
		return form;
	}

	/** The content, or null when a date is missing (the page says which). */
	@Nullable DisclosureContent content() {
		if (postedFrom == null || postedUntil == null) {
			return null;
		}
		return new DisclosureContent(title, category, audience, body, postedFrom, postedUntil);
	}

	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
	public String getCategory() { return category; }
	public void setCategory(@Nullable String category) { this.category = category == null ? "" : category; }
	public DisclosureAudience getAudience() { return audience; }
	public void setAudience(DisclosureAudience audience) { this.audience = audience; }
	public String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body == null ? "" : body; }
	public @Nullable LocalDate getPostedFrom() { return postedFrom; }
	public void setPostedFrom(@Nullable LocalDate postedFrom) { this.postedFrom = postedFrom; }
	public @Nullable LocalDate getPostedUntil() { return postedUntil; }
	public void setPostedUntil(@Nullable LocalDate postedUntil) { this.postedUntil = postedUntil; }
}
