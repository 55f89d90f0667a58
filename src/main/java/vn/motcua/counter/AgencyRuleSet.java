package vn.motcua.counter;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency's appointment rule set as its administrator set it, in force from its date until a later one of the
 * agency starts (decision 0034, later section). Never changed once set: a change is a new one.
 *
 * @param setBy the user name of the administrator who set it
 */
public record AgencyRuleSet(UUID id, UUID agencyId, AppointmentRules.RuleSet rules, String setBy, Instant setAt) {
}
