package vn.motcua.counter;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the counter ({@code motcua.counter.*}; README lists them): the appointment rule sets in force
 * from their dates (decision 0034), and how long the bookers' personal data is kept (decision 0037).
 */
@ConfigurationProperties("motcua.counter")
record CounterSettings(List<AppointmentRules.RuleSet> appointmentRules, @DefaultValue PersonalData personalData) {

	/**
	 * The booker's name, phone and e-mail are cleared {@code keptFor} after the appointment's start, looked for
	 * every {@code interval} (unless {@code clearing} is off: a legal hold), {@code batchSize} appointments a
	 * transaction.
	 */
	record PersonalData(@DefaultValue("P30D") Duration keptFor, @DefaultValue("true") boolean clearing,
			@DefaultValue("PT6H") Duration interval, @DefaultValue("500") int batchSize) {

		PersonalData {
			if (keptFor.isNegative() || batchSize < 1) {
				throw new IllegalArgumentException("motcua.counter.personal-data needs a kept-for of zero or more and "
						+ "a batch size of at least 1, not " + keptFor + " and " + batchSize);
			}
		}
	}
}
