package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of time in a unit, such as 15 working days or 4 working hours. */
public record ProcessingTime(BigDecimal amount, ProcessingTimeUnit unit) {

	public ProcessingTime {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(unit, "unit");
	}
}
