package vn.motcua.counter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agencies' own appointment rule sets, only ever added. Two from the same date: the one set later is in
 * force; rule sets set at the same instant follow each other by their time-ordered ids.
 */
@Component
class AgencyRuleSetStore {

	private static final String LATEST_FIRST = " ORDER BY in_force_from DESC, set_at DESC, id DESC";

	private final JdbcClient jdbc;

	AgencyRuleSetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AgencyRuleSet set) {
		AppointmentRules.RuleSet rules = set.rules();
		jdbc.sql("""
				INSERT INTO appointment_rule_set (id, agency_id, in_force_from, slot_minutes, capacity_per_slot,
				    days_ahead, closes_before_minutes, set_by, set_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(set.id(), set.agencyId(), rules.inForceFrom(), rules.slotLength().toMinutes(),
					rules.capacityPerSlot(), rules.daysAhead(), rules.bookingClosesBefore().toMinutes(), set.setBy(),
					set.setAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The agency's rule set in force on the day, if it has set one from that day or before (by its index). */
	Optional<AgencyRuleSet> inForceOn(UUID agencyId, LocalDate day) {
		return jdbc.sql("SELECT * FROM appointment_rule_set WHERE agency_id = ? AND in_force_from <= ?" + LATEST_FIRST
				+ " FETCH FIRST 1 ROWS ONLY")
			.params(agencyId, day)
			.query(AgencyRuleSetStore::read)
			.optional();
	}

	/** Every rule set the agency has set, the latest first. */
	List<AgencyRuleSet> history(UUID agencyId) {
		return jdbc.sql("SELECT * FROM appointment_rule_set WHERE agency_id = ?" + LATEST_FIRST)
			.params(agencyId)
			.query(AgencyRuleSetStore::read)
			.list();
	}

	private static AgencyRuleSet read(ResultSet rs, int row) throws SQLException {
		AppointmentRules.RuleSet rules = new AppointmentRules.RuleSet(rs.getObject("in_force_from", LocalDate.class),
				Duration.ofMinutes(rs.getInt("slot_minutes")), rs.getInt("capacity_per_slot"), rs.getInt("days_ahead"),
				Duration.ofMinutes(rs.getInt("closes_before_minutes")));
		return new AgencyRuleSet(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class), rules,
				rs.getString("set_by"), rs.getObject("set_at", OffsetDateTime.class).toInstant());
	}
}
