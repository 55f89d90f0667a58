package vn.motcua.counter.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.motcua.counter.AppointmentRequest;

/** The booking form, on the page and on the API (as JSON). */
public class AppointmentForm {

	/** How the API documents the agency whose counter is booked (decision 0047). */
	static final String AGENCY_CODE = "The code of the agency whose counter is booked, one of GET /api/v1/agencies; "
			+ "the home agency when absent. An unknown code answers 400 with the field under 'errors'.";

	@Schema(description = AGENCY_CODE, example = "000.00.31.H55")
	private @Nullable String agencyCode;
	private @Nullable String sectorCode;
	private @Nullable String procedureCode;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate day;
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime time;
	private @Nullable String name;
	private @Nullable String phone;
	private @Nullable String email;
	/** Set when the form is shown; the API takes it from the Idempotency-Key header instead. */
	@JsonIgnore
	private @Nullable String submissionKey;

	/** The request, booked in the language of the page (or of the API's Accept-Language): that of its notices. */
	AppointmentRequest request() {
		return new AppointmentRequest(sectorCode, procedureCode, day, time, name, phone, email,
				LocaleContextHolder.getLocale().getLanguage(), agencyCode);
	}

	/** A form shown anew: its own submission key. */
	AppointmentForm withNewSubmissionKey() {
		this.submissionKey = UUID.randomUUID().toString();
		return this;
	}

	public @Nullable String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
	public @Nullable String getSectorCode() { return sectorCode; }
	public void setSectorCode(@Nullable String sectorCode) { this.sectorCode = sectorCode; }
	public @Nullable String getProcedureCode() { return procedureCode; }
	public void setProcedureCode(@Nullable String procedureCode) { this.procedureCode = procedureCode; }
	public @Nullable LocalDate getDay() { return day; }
	public void setDay(@Nullable LocalDate day) { this.day = day; }
	public @Nullable LocalTime getTime() { return time; }
	public void setTime(@Nullable LocalTime time) { this.time = time; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	@JsonIgnore
	public @Nullable String getSubmissionKey() { return submissionKey; }
	public void setSubmissionKey(@Nullable String submissionKey) { this.submissionKey = submissionKey; }
}
