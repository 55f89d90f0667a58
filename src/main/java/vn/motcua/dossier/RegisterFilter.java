package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;
import vn.motcua.shared.InvalidRequestException;

/**
 * Which dossiers the register shows: those of the officer's agencies, registered between two days
 * (inclusive, Vietnam's calendar), optionally of one status or channel, or found by a search as the
 * work queue's ({@link QueueFilter}: part of a code, or words of the applicant's name).
 */
public record RegisterFilter(Set<String> agencyCodes, LocalDate from, LocalDate to, @Nullable DossierStatus status,
		@Nullable Channel channel, @Nullable String text) {

	public RegisterFilter {
		agencyCodes = Set.copyOf(agencyCodes);
		if (to.isBefore(from)) {
			throw new InvalidRequestException("dossier.register.period.reversed");
		}
	}
}
