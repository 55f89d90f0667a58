package vn.motcua.counter.web;

import org.jspecify.annotations.Nullable;

/** A booker who lost their appointment's link asks for it again: the appointment's code and its phone or e-mail. */
public class LostLinkForm {

	private @Nullable String code;
	private @Nullable String contact;

	public @Nullable String getCode() { return code; }
	public void setCode(@Nullable String code) { this.code = code; }
	public @Nullable String getContact() { return contact; }
	public void setContact(@Nullable String contact) { this.contact = contact; }
}
