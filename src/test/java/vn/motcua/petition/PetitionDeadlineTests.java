package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.petition.PetitionFixtures.at;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.Timeliness;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * The legal times of each kind with a controlled clock (March–April 2026, no holiday in reach):
 * acceptance and forwarding in working days, resolution of complaints and denunciations in
 * calendar days, extensions as the complexity allows, and timeliness against each deadline.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class PetitionDeadlineTests {

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void feedbackIsDecidedInTwoWorkingDaysAndAnsweredInFifteen() {
		clock.set(at("2026-03-06T16:00")); // a Friday
		Petition feedback = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS);

		assertThat(feedback.ruleSet()).isEqualTo("PETITION-2019");
		assertThat(feedback.acceptanceDueAt()).isEqualTo(LocalDateTime.parse("2026-03-10T16:00"));
		assertThat(feedback.forwardingDueAt()).isEqualTo(LocalDateTime.parse("2026-03-13T16:00"));

		clock.set(at("2026-03-09T08:00"));
		Petition accepted = petitions.accept(feedback.code(), leader());
		assertThat(accepted.acceptanceTimeliness()).isEqualTo(Timeliness.EARLY);
		assertThat(accepted.resolutionDueAt()).isEqualTo(LocalDateTime.parse("2026-03-30T08:00"));

		clock.set(at("2026-03-30T09:00"));
		assertThat(queueStanding(accepted.code())).isEqualTo(OpenTimeliness.OVERDUE);
		Petition answered = petitions.answer(feedback.code(), "Đã chỉ đạo phòng chuyên môn giải quyết.", false, leader());
		assertThat(answered.resolutionTimeliness()).isEqualTo(Timeliness.LATE);
	}

	@Test
	void aComplaintIsAcceptedInTenWorkingDaysAndResolvedInThirtyCalendarDays() {
		clock.set(at("2026-03-02T09:00")); // a Monday
		Petition complaint = petitions.receive(PetitionFixtures.aComplaint(), Actor.SYSTEM);
		assertThat(complaint.acceptanceDueAt()).isEqualTo(LocalDateTime.parse("2026-03-16T09:00"));

		clock.set(at("2026-03-05T09:00")); // a Thursday: 30 days later is Saturday 4 April
		Petition accepted = petitions.accept(complaint.code(), leader());
		assertThat(accepted.resolutionDueAt()).as("a calendar-day deadline on a day off moves to the next working day")
			.isEqualTo(LocalDateTime.parse("2026-04-06T09:00"));
		assertThat(queueStanding(accepted.code())).isEqualTo(OpenTimeliness.WITHIN_DEADLINE);

		assertThatThrownBy(() -> petitions.extend(complaint.code(), "Cần xác minh thêm", leader()))
			.as("an ordinary complaint has no extension").isInstanceOf(InvalidRequestException.class)
			.hasMessage("petition.extension.not-allowed");
		petitions.classify(complaint.code(), null, Complexity.COMPLEX, leader());
		Petition extended = petitions.extend(complaint.code(), "Vụ việc phức tạp", leader());
		assertThat(extended.resolutionDueAt()).as("45 days for a complex complaint")
			.isEqualTo(LocalDateTime.parse("2026-04-21T09:00"));
		assertThatThrownBy(() -> petitions.extend(complaint.code(), "Lần nữa", leader()))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void anEspeciallyComplexDenunciationIsExtendedTwiceToNinetyDaysAtMost() {
		clock.set(at("2026-03-02T09:00"));
		Petition denunciation = petitions.receive(PetitionFixtures.aDenunciation(), Actor.SYSTEM);
		assertThat(denunciation.acceptanceDueAt()).as("7 working days").isEqualTo(LocalDateTime.parse("2026-03-11T09:00"));
		assertThat(denunciation.forwardingDueAt()).as("5 working days").isEqualTo(LocalDateTime.parse("2026-03-09T09:00"));

		clock.set(at("2026-03-11T10:00"));
		Petition accepted = petitions.accept(denunciation.code(), leader());
		assertThat(accepted.acceptanceTimeliness()).isEqualTo(Timeliness.LATE);
		assertThat(accepted.resolutionDueAt()).isEqualTo(LocalDateTime.parse("2026-04-10T10:00"));

		petitions.classify(denunciation.code(), null, Complexity.ESPECIALLY_COMPLEX, leader());
		assertThat(petitions.extend(denunciation.code(), "Nhiều địa điểm", leader()).resolutionDueAt())
			.isEqualTo(LocalDateTime.parse("2026-05-11T10:00")); // 10 May is a Sunday
		assertThat(petitions.extend(denunciation.code(), "Nhiều người tố cáo", leader()).resolutionDueAt())
			.isEqualTo(LocalDateTime.parse("2026-06-10T10:00"));
		assertThatThrownBy(() -> petitions.extend(denunciation.code(), "Lần ba", leader()))
			.isInstanceOf(InvalidRequestException.class).hasMessage("petition.extension.not-allowed");
	}

	@Test
	void aDenunciationOutsideCompetenceIsForwardedInFiveWorkingDays() {
		clock.set(at("2026-03-02T09:00"));
		Petition onTime = petitions.receive(PetitionFixtures.aDenunciation(), Actor.SYSTEM);
		Petition late = petitions.receive(PetitionFixtures.aDenunciation(), Actor.SYSTEM);

		clock.set(at("2026-03-09T09:00"));
		assertThat(petitions.forward(onTime.code(), "Thanh tra tỉnh", leader()).acceptanceTimeliness())
			.isEqualTo(Timeliness.ON_TIME);
		clock.set(at("2026-03-09T09:30"));
		assertThat(queueStanding(late.code())).as("the forwarding deadline has passed").isEqualTo(OpenTimeliness.OVERDUE);
		Petition forwarded = petitions.forward(late.code(), "Thanh tra tỉnh", leader());
		assertThat(forwarded.status()).isEqualTo(PetitionStatus.FORWARDED);
		assertThat(forwarded.acceptanceTimeliness()).isEqualTo(Timeliness.LATE);
		assertThat(forwarded.forwardedTo()).isEqualTo("Thanh tra tỉnh");
	}

	@Test
	void aQuestionAndAVoterPetitionFollowTheirOwnTimes() {
		clock.set(at("2026-03-02T09:00"));
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Hỏi về giấy phép", "Nội dung", null),
				Actor.ANONYMOUS);
		assertThat(question.acceptanceDueAt()).isEqualTo(LocalDateTime.parse("2026-03-04T09:00"));
		Petition voters = petitions.receive(PetitionFixtures.submission(PetitionKind.VOTER_PETITION,
				PetitionChannel.VOTER_MEETING, null, "Tổ đại biểu HĐND số 2"), Actor.SYSTEM);
		petitions.accept(voters.code(), leader());
		assertThat(petitions.track(voters.code()).orElseThrow().resolutionDueAt()).as("30 calendar days")
			.isEqualTo(LocalDateTime.parse("2026-04-01T09:00"));
	}

	private OpenTimeliness queueStanding(String code) {
		return PetitionFixtures.wholeQueue(petitions, leader()).filter(item -> item.petition().code().equals(code))
			.findFirst().orElseThrow().standing();
	}

	private CurrentUser leader() {
		return PetitionFixtures.officer(accounts, "leader");
	}
}
