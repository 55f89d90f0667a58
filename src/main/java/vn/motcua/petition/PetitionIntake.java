package vn.motcua.petition;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.SubmissionKeys;

/**
 * Receives a petition sent from a form or over the API with its submission key, so that sending it
 * again (a double tap on a slow phone, a form sent again, a client's retry) gets the petition of the
 * first sending instead of a second petition for the officers to handle.
 */
@Service
public class PetitionIntake {

	private static final String SCOPE = "petition";

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
		String key = SubmissionKeys.checked(submissionKey);
		String digest = digest(submission);
		try {
			return inTransaction.execute(status -> earlier(key, digest).orElseGet(() -> {
				Petition petition = petitions.receive(submission, sender);
				keys.record(SCOPE, key, digest, petition.code(), clock.instant());
				return petition;
			}));
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			return inTransaction.execute(status -> earlier(key, digest).orElseThrow(() -> sentTwiceAtOnce));
		}
	}

	private Optional<Petition> earlier(String key, String digest) {
		return keys.find(SCOPE, key).map(use -> repository.findByCode(use.codeFor(digest)).orElseThrow());
	}

	private String digest(PetitionSubmission sent) {
		return keys.digest(Arrays.asList(sent.kind(), sent.channel(), sent.title(), sent.content(),
				sent.concerning(), sent.name(), sent.address(), sent.phone(), sent.email(), sent.sectorCode(),
				sent.procedureCode(), sent.dossierCode(), sent.accountId(), sent.receptionRecordId(),
				sent.attachmentName(), sent.attachment(), sent.agencyCode()));
	}
}
