package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What a submission was sent with is kept as a digest under the installation's secret (decision 0029):
 * the same content gives the same digest under one secret, so that a retry is recognised, and the
 * digest is neither the plain SHA-256 of the content nor the one another secret gives, so that it
 * cannot be checked against guesses without the secret. The secret is the one configured, or the
 * file's, which the first start writes for its owner alone and every later start reads.
 */
@Tag("rule")
class SubmissionKeysTests {

	/** A questionnaire of choices: a few hundred contents in all, each guessable. */
	private static final List<@Nullable Object> SENT = Arrays.asList("survey", "ONLINE", "Xã Tịnh Phong",
			"SurveyAnswer[position=0, choices=[1], text=null]", null, new byte[] { 1, 2, 3 });

	private static final String SECRET = "a-secret-of-at-least-32-characters-1";
	private static final String ANOTHER_SECRET = "a-secret-of-at-least-32-characters-2";

	@Test
	void theDigestDependsOnTheSecretAndIsNotThePlainHashOfWhatWasSent() {
		String digest = keys(SECRET).digest(SENT);

		assertThat(keys(SECRET).digest(SENT)).as("the same secret, as after a restart or on another instance")
			.isEqualTo(digest);
		assertThat(keys(ANOTHER_SECRET).digest(SENT)).as("another secret").isNotEqualTo(digest);
		assertThat(digest).as("what anyone could compute from a guess").isNotEqualTo(Sha256.ofParts(SENT))
			.hasSize(64);
		assertThat(keys(SECRET).digest(SENT.subList(0, 5))).as("other content").isNotEqualTo(digest);
	}

	@Test
	void aKeyGivesItsRecordToTheSameContentOnlyUnlessItWasRecordedBeforeDigestsHadASecret() {
		String digest = keys(SECRET).digest(SENT);
		SubmissionKeys.Use use = new SubmissionKeys.Use(digest, "PA-000001");

		assertThat(use.codeFor(keys(SECRET).digest(SENT))).isEqualTo("PA-000001");
		assertThatExceptionOfType(InvalidRequestException.class).as("the key sent again with other content")
			.isThrownBy(() -> use.codeFor(keys(SECRET).digest(List.of())));
		assertThat(new SubmissionKeys.Use(SubmissionKeys.UNKEYED, "PA-000001").codeFor(digest))
			.as("recorded before V1.5, its content unknown: a retry spanning the upgrade gets its record")
			.isEqualTo("PA-000001");
	}

	@Test
	void aConfiguredSecretIsUsedAndTheFileIsLeftAlone(@TempDir Path folder) {
		Path file = folder.resolve("keys/submission-key.secret");

		byte[] secret = SubmissionKeySecret.of(new SubmissionKeys.Settings(" " + SECRET + "\n", file));

		assertThat(new String(secret, StandardCharsets.UTF_8)).isEqualTo(SECRET);
		assertThat(file).doesNotExist();
		assertThatIllegalStateException()
			.isThrownBy(() -> SubmissionKeySecret.of(new SubmissionKeys.Settings("too short", file)))
			.withMessageContaining("MOTCUA_SUBMISSION_KEY_SECRET").withMessageContaining("32 characters");
	}

	@Test
	void withoutOneTheFirstStartWritesASecretForItsOwnerAloneAndLaterStartsReadIt(@TempDir Path folder)
			throws IOException {
		Path file = folder.resolve("keys/submission-key.secret");

		byte[] first = SubmissionKeySecret.of(new SubmissionKeys.Settings(null, file));

		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(first).hasSizeGreaterThanOrEqualTo(SubmissionKeySecret.MIN_LENGTH);
		assertThat(SubmissionKeySecret.of(new SubmissionKeys.Settings("", file))).as("the next start")
			.isEqualTo(first);
		try (var left = Files.list(file.getParent())) {
			assertThat(left).as("no draft left beside it").containsExactly(file);
		}
		assertThat(SubmissionKeySecret.of(new SubmissionKeys.Settings(null, folder.resolve("other.secret"))))
			.as("another installation's").isNotEqualTo(first);
	}

	private static SubmissionKeys keys(String secret) {
		return new SubmissionKeys(JdbcClient.create(new DriverManagerDataSource()),
				secret.getBytes(StandardCharsets.UTF_8));
	}
}
