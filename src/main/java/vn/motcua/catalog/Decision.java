package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** The announcing decision (quyết định công bố) behind a version: its number, date and signer. */
public record Decision(String number, LocalDate date, String signer) {

	public Decision {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(signer, "signer");
	}
}
