package vn.motcua.petition;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;

/**
 * Receives a petition sent from a form or over the API with its submission key, so that sending it
 * again (a double tap on a slow phone, a form sent again, a client's retry) gets the petition of the
 * first sending instead of a second petition for the officers to handle.
 */
@Service
public class PetitionIntake {

	static final int MAX_KEY_LENGTH = 100;

	private final PetitionManagement petitions;
	private final PetitionRepository repository;
	private final SubmissionKeys keys;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	PetitionIntake(PetitionManagement petitions, PetitionRepository repository, SubmissionKeys keys, Clock clock,
			PlatformTransactionManager transactions) {
		this.petitions = petitions;
		this.repository = repository;
		this.keys = keys;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Receives the petition, or returns the one received earlier with this key. Without a key every
	 * sending is a new petition. Two sendings with one key at the same moment both find it unused; the
	 * later's key fails on the earlier's, its transaction (petition and all) is rolled back, and it
	 * returns the earlier's petition.
	 *
	 * @throws InvalidRequestException when the key is blank or too long, or was used for another petition
	 * @see PetitionManagement#receive(PetitionSubmission, Actor)
	 */
	public Petition receive(PetitionSubmission submission, Actor sender, @Nullable String submissionKey) {
		if (submissionKey == null) {
			return petitions.receive(submission, sender);
		}
		if (submissionKey.isBlank() || submissionKey.length() > MAX_KEY_LENGTH) {
			throw new InvalidRequestException("petition.submission-key.invalid", MAX_KEY_LENGTH);
		}
		String digest = SubmissionKeys.digest(submission);
		try {
			return inTransaction.execute(status -> earlier(submissionKey, digest).orElseGet(() -> {
				Petition petition = petitions.receive(submission, sender);
				keys.record(submissionKey, digest, petition.code(), clock.instant());
				return petition;
			}));
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			return inTransaction.execute(status -> earlier(submissionKey, digest).orElseThrow(() -> sentTwiceAtOnce));
		}
	}

	private Optional<Petition> earlier(String key, String digest) {
		return keys.find(key).map(use -> {
			if (!use.digest().equals(digest)) {
				throw new InvalidRequestException("petition.submission-key.reused");
			}
			return repository.findByCode(use.petitionCode()).orElseThrow();
		});
	}
}
