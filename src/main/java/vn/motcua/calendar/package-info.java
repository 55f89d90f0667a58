/**
 * The working calendar: the Vietnamese lunar calendar, statutory holidays and their compensatory
 * days off, yearly overrides, working hours per agency, and the one place where every deadline of
 * the system is computed.
 */
@NullMarked
@ApplicationModule(displayName = "Calendar", allowedDependencies = { "shared", "identity", "organization" })
package vn.motcua.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
