package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;

/**
 * Dossiers brought to a named state through the real intake and the desk and work APIs, for the
 * tests of modules that follow a dossier (ratings, notices): submitted online by a demo citizen,
 * received by the desk, moved through every step of the internal process, and returned.
 */
public final class ReturnedDossiers {

	/** "Đăng ký tham gia bình chọn sản phẩm công nghiệp nông thôn tiêu biểu": online, paper result, three documents. */
	public static final String PROCEDURE = "1.013407.000.00.00.H55";

	/** The officers who hold the steps of the procedure's internal process before the return, in order. */
	public static final List<String> HANDLERS = List.of("desk", "unithead", "specialist", "unithead", "leader",
			"records");

	private final MockMvcTester mvc;
	private final DossierIntake intake;
	private final AccountManagement accounts;

	public ReturnedDossiers(MockMvcTester mvc, DossierIntake intake, AccountManagement accounts) {
		this.mvc = mvc;
		this.intake = intake;
		this.accounts = accounts;
	}

	/** A dossier the citizen submitted online and the desk received; its code. */
	public String received(String citizen) {
		UUID account = accounts.findByUsername(citizen).orElseThrow().id();
		String code = intake.submitOnline(account, new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.AT_DESK,
				null, null, List.of(new UploadedFile(0, "dang-ky.pdf", SubmissionFiles.pdf()),
						new UploadedFile(1, "giay-chung-nhan.pdf", SubmissionFiles.pdf()),
						new UploadedFile(2, "tai-lieu.pdf", SubmissionFiles.pdf()))))
			.code();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk")))
			.as("the desk receives %s", code).hasStatusOk();
		return code;
	}

	/** A received dossier moved through every step: processed, waiting at the desk to be returned. */
	public String processed(String citizen) {
		String code = received(citizen);
		for (String officer : HANDLERS) {
			assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", code).contentType(MediaType.APPLICATION_JSON)
				.content("{}").with(as(officer))).as("%s forwards %s", officer, code).hasStatusOk();
		}
		return code;
	}

	/** A dossier whose result the desk returned to the citizen at the counter. */
	public String returned(String citizen) {
		String code = processed(citizen);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/return", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Trả tại quầy cho người nộp\"}").with(as("desk")))
			.as("the desk returns %s", code).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("RETURNED");
		return code;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
