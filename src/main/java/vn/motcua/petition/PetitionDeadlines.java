package vn.motcua.petition;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.petition.PetitionRules.KindTimes;
import vn.motcua.shared.InvalidRequestException;

/**
 * The legal times of a petition, computed by the working calendar in the unit each law uses:
 * working days for acceptance and forwarding, calendar days for resolving complaints and
 * denunciations (Luật Khiếu nại, Luật Tố cáo), as the rule set says.
 */
@Component
class PetitionDeadlines {

	private final WorkingCalendar calendar;
	private final PetitionRules rules;

	PetitionDeadlines(WorkingCalendar calendar, PetitionRules rules) {
		this.calendar = calendar;
		this.rules = rules;
	}

	LocalDateTime acceptanceDue(String ruleSet, PetitionKind kind, LocalDateTime receivedAt, @Nullable UUID agencyId) {
		return due(receivedAt, times(ruleSet, kind).acceptance(), agencyId);
	}

	LocalDateTime forwardingDue(String ruleSet, PetitionKind kind, LocalDateTime receivedAt, @Nullable UUID agencyId) {
		return due(receivedAt, times(ruleSet, kind).forwarding(), agencyId);
	}

	LocalDateTime resolutionDue(String ruleSet, PetitionKind kind, LocalDateTime acceptedAt, @Nullable UUID agencyId) {
		return due(acceptedAt, times(ruleSet, kind).resolution(), agencyId);
	}

	/**
	 * The resolution deadline after one more extension.
	 *
	 * @throws InvalidRequestException when the law allows no further extension for that complexity
	 */
	LocalDateTime extended(Petition petition, @Nullable UUID agencyId) {
		KindTimes times = times(petition.ruleSet(), petition.kind());
		if (petition.extensions() >= times.extensionsAllowed(petition.complexity())) {
			throw new InvalidRequestException("petition.extension.not-allowed",
					times.extensionsAllowed(petition.complexity()));
		}
		LocalDateTime due = petition.resolutionDueAt();
		if (due == null) {
			throw new InvalidRequestException("petition.status.invalid", petition.status());
		}
		return due(due, times.extension(), agencyId);
	}

	private LocalDateTime due(LocalDateTime from, ProcessingTime time, @Nullable UUID agencyId) {
		return calendar.deadline(from, time, agencyId).due();
	}

	private KindTimes times(String ruleSet, PetitionKind kind) {
		return rules.byId(ruleSet).of(kind);
	}
}
