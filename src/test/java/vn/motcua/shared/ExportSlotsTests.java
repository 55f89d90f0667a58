package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * While every export slot is taken, the register's, the petitions', a report figure's and the late
 * dossiers' exports are refused at once (503, Retry-After, the busy page, no file); a slot is free
 * again when its export ends, however it ends.
 */
@WebTest
class ExportSlotsTests {

	static final String PETITIONS = "/work/petitions/export.csv?from=2026-01-01&to=2026-01-31";
	static final String REGISTER_CSV = "/desk/register?format=csv&from=2026-01-01&to=2026-01-31";
	static final String REGISTER_XLSX = "/desk/register?format=xlsx&from=2026-01-01&to=2026-01-31";
	static final String FIGURE = "/reports/procedure-handling/cell?from=2026-01-01&to=2026-01-31&cell=RECEIVED"
			+ "&format=csv";
	static final String LATE = "/reports/management/late.csv";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ExportSlots slots;

	@Value("${motcua.exports.at-once}")
	int atOnce;

	@Test
	void anExportBeyondTheSlotsIsRefusedBeforeAnythingIsWritten() throws IOException {
		holding(atOnce, () -> {
			for (String[] export : new String[][] { { PETITIONS, "leader" }, { REGISTER_CSV, "desk" },
					{ REGISTER_XLSX, "desk" }, { FIGURE, "leader" }, { LATE, "leader" } }) {
				MvcTestResult busy = get(export[0], export[1]);
				assertThat(busy).as(export[0]).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "30")
					.doesNotContainHeader(HttpHeaders.CONTENT_DISPOSITION)
					.bodyText().contains("Hệ thống đang bận");
			}
		});
		assertThat(get(PETITIONS, "leader")).hasStatusOk();
		assertThat(get(REGISTER_CSV, "desk")).hasStatusOk();
		assertThat(get(FIGURE, "leader")).hasStatusOk();
	}

	@Test
	void aSlotIsFreeAgainWhenItsExportFails() {
		for (int i = 0; i <= atOnce; i++) {
			assertThat(get("/work/petitions/export.csv?from=2026-02-01&to=2026-01-01", "leader")).hasStatus(400);
		}
		assertThat(get(PETITIONS, "leader")).hasStatusOk();
	}

	/** Runs {@code inside} while {@code count} exports hold their slots. */
	private void holding(int count, ExportSlots.Export inside) throws IOException {
		if (count == 0) {
			inside.write();
		}
		else {
			slots.write(() -> holding(count - 1, inside));
		}
	}

	private MvcTestResult get(String uri, String officer) {
		return mvc.get().uri(uri).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
	}
}
