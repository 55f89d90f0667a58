package vn.motcua.counter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How appointments are offered at an agency's counter, each rule set in force from its date (decision 0034):
 * the agency's own, which its administrator sets ({@link AgencyAppointmentRules}), and where it has none in
 * force the installation's (application.properties, {@code motcua.counter.appointment-rules[i]}). A change of
 * slots or their capacity is a rule set from a later day, so that the days already offered keep theirs.
 */
@Component
@EnableConfigurationProperties(CounterSettings.class)
public class AppointmentRules {

	/**
	 * One rule set.
	 *
	 * @param slotLength how long a slot is; each working session is cut into slots from its start
	 * @param capacityPerSlot how many appointments one slot takes
	 * @param daysAhead how many working days, today included, may be booked
	 * @param bookingClosesBefore the latest a slot may be booked: that long before it starts
	 */
	public record RuleSet(LocalDate inForceFrom, Duration slotLength, int capacityPerSlot, int daysAhead,
			Duration bookingClosesBefore) {

		public RuleSet {
			if (slotLength.compareTo(Duration.ofMinutes(5)) < 0 || capacityPerSlot < 1 || daysAhead < 1
					|| bookingClosesBefore.isNegative()) {
				throw new IllegalArgumentException("Appointment rules need a slot of at least 5 minutes, a capacity "
						+ "and a day ahead of at least 1 and no negative closing time, not " + this);
			}
		}
	}

	private final List<RuleSet> configured;
	private final AgencyRuleSetStore agencies;

	AppointmentRules(CounterSettings settings, AgencyRuleSetStore agencies) {
		this.configured = settings.appointmentRules().stream().sorted(Comparator.comparing(RuleSet::inForceFrom))
			.toList();
		this.agencies = agencies;
	}

	/**
	 * The rule set in force at the agency's counter on that day: its own latest from that day or before, else the
	 * configured one.
	 */
	public RuleSet inForceOn(UUID agencyId, LocalDate day) {
		return agencies.inForceOn(agencyId, day).map(AgencyRuleSet::rules).orElseGet(() -> configuredOn(day));
	}

	/** The configured rule set in force on that day, which an agency follows where it has set none. */
	public RuleSet configuredOn(LocalDate day) {
		return configured.stream()
			.filter(ruleSet -> !ruleSet.inForceFrom().isAfter(day))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new IllegalStateException("No appointment rule set in force on " + day));
	}
}
