package vn.motcua.notification;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.petition.AnsweredPetitioner;
import vn.motcua.petition.PetitionAnswered;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionerProof;

/**
 * Tells a petitioner that their petition was answered, on each channel they want, with a link to
 * read the answer (and, unless they have an account, the reading key that opens it to them), queued in
 * the answer's transaction just before it commits (decision 0015), the only time the key is known. The
 * event names the petition only; whom to tell is asked of the petition module when the message is
 * queued, so a denouncer's contact is never stored with an event; their messages are marked so that
 * administrators never see it either.
 */
@Component
class PetitionNotices {

	private final PetitionManagement petitions;
	private final NoticeSender sender;

	PetitionNotices(PetitionManagement petitions, NoticeSender sender) {
		this.petitions = petitions;
		this.sender = sender;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PetitionAnswered answered) {
		petitions.answeredPetitioner(answered.code()).ifPresent(this::tell);
	}

	private void tell(AnsweredPetitioner answered) {
		String code = answered.code();
		sender.send(Notice.PETITION_ANSWERED, code + "|" + Notice.PETITION_ANSWERED + "|once|", code,
				answered.accountId(), answered.petitioner().email(), answered.petitioner().phone(),
				answered.kind().identitySecret(), null, (language, signedIn) -> Map.of("code", code, "title", answered.title(), "link",
						sender.link(signedIn ? "/my/petitions/" + code : trackingPath(answered))));
	}

	/**
	 * The tracking page of the petition, with the reading key that opens the answer to whoever received
	 * the notice: the key is URL-safe, and the link stays short enough for one text message.
	 */
	static String trackingPath(AnsweredPetitioner answered) {
		String path = "/petitions/track?code=" + answered.code();
		return answered.readingKey() == null ? path : path + "&" + PetitionerProof.READING_KEY_PARAMETER + "=" + answered.readingKey();
	}
}
