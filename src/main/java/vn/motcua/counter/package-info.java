/**
 * The counter's visitors: appointments booked to hand in papers at the one-stop desk (hẹn nộp hồ sơ)
 * in slots of the agency's working hours with a configured capacity each, and the queue numbers the desk
 * gives and calls (lấy số thứ tự).
 */
@NullMarked
@ApplicationModule(displayName = "Counter",
		allowedDependencies = { "shared", "identity", "organization", "calendar", "catalog" })
package vn.motcua.counter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
