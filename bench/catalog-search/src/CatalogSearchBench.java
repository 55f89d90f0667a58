import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogDocument;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Decision;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.ProcessingTimeUnit;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.Sector;
import vn.motcua.catalog.VersionStatus;
import vn.motcua.identity.Role;

/**
 * Search over a catalogue of 5,000 synthetic procedures, through CatalogManagement.procedures(...)
 * exactly as the API and the public page call it (SQL prefilter on word prefixes, ranking in Java).
 * Not part of mvn verify: run bench/catalog-search/run.sh. Prints latency percentiles per query.
 */
public class CatalogSearchBench {

	static final int PROCEDURES = Integer.getInteger("procedures", 5000);
	static final int ROUNDS = Integer.getInteger("rounds", 200);

	static final String[] ACTIONS = { "Cấp", "Cấp lại", "Cấp sửa đổi, bổ sung", "Gia hạn", "Thu hồi", "Đăng ký",
			"Thông báo", "Xác nhận", "Thẩm định, phê duyệt", "Điều chỉnh" };
	static final String[] PAPERS = { "Giấy phép", "Giấy chứng nhận đủ điều kiện", "Giấy xác nhận", "Văn bản chấp thuận",
			"Chứng chỉ", "Thẻ" };
	static final String[] SUBJECTS = { "kinh doanh xăng dầu", "bán lẻ sản phẩm rượu", "bán buôn sản phẩm thuốc lá",
			"cửa hàng bán lẻ LPG chai", "sử dụng vật liệu nổ công nghiệp", "hoạt động điện lực", "sản xuất hóa chất",
			"kinh doanh hóa chất", "tổ chức hội chợ, triển lãm thương mại", "thực hiện khuyến mại",
			"hoạt động bán hàng đa cấp", "an toàn thực phẩm", "thành lập văn phòng đại diện", "phân phối bán lẻ hàng hóa",
			"trạm nạp LPG vào chai", "cụm công nghiệp", "phương án bảo vệ đập thủy điện", "kiểm tra viên điện lực",
			"sản xuất rượu thủ công", "khuyến công địa phương" };
	static final String[] PLACES = { "", " tại cơ sở", " trên địa bàn tỉnh", " cho thương nhân", " cho tổ chức, cá nhân",
			" đối với doanh nghiệp có vốn đầu tư nước ngoài", " cấp tỉnh", " tại khu công nghiệp" };
	static final String[] QUERIES = { "dang ky kinh doanh xang dau", "đăng ký kinh doanh xăng dầu", "ban le ruou",
			"GIẤY PHÉP BÁN LẺ SẢN PHẨM RƯỢU", "lpg chai", "vat lieu no", "hoat dong dien luc", "hoi cho trien lam",
			"an toan thuc pham", "van phong dai dien thuong nhan nuoc ngoai", "x", "cap lai giay chung nhan",
			"dau xang doanh kinh" };

	public static void main(String[] args) throws Exception {
		String dataDir = Files.createTempDirectory("catalog-bench").toString();
		// system properties, so that they win over application.properties (an H2 file under ./data)
		System.setProperty("server.port", "0");
		System.setProperty("motcua.demo.enabled", "false");
		System.setProperty("motcua.data-dir", dataDir);
		System.setProperty("logging.level.root", "WARN");
		System.setProperty("spring.datasource.url", System.getProperty("url",
				"jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
		SpringApplication application = new SpringApplication(MotcuaApplication.class);
		try (ConfigurableApplicationContext context = application.run(args)) {
			CatalogManagement catalog = context.getBean(CatalogManagement.class);
			long start = System.nanoTime();
			int imported = catalog.importCatalog(synthetic());
			System.out.printf("imported %d procedures in %d ms (%s, %d cores)%n", imported,
					(System.nanoTime() - start) / 1_000_000, System.getProperty("url", "H2 in memory"),
					Runtime.getRuntime().availableProcessors());
			measure(catalog);
		}
	}

	static void measure(CatalogManagement catalog) {
		for (int i = 0; i < 50; i++) {
			for (String query : QUERIES) {
				catalog.procedures(query, null, 0, 20);
			}
		}
		System.out.printf("%-45s %8s %8s %8s %8s %6s%n", "query", "median", "p95", "max", "mean", "hits");
		List<Long> all = new ArrayList<>();
		for (String query : QUERIES) {
			long[] times = new long[ROUNDS];
			int hits = 0;
			for (int i = 0; i < ROUNDS; i++) {
				long t = System.nanoTime();
				hits = catalog.procedures(query, null, 0, 20).total();
				times[i] = System.nanoTime() - t;
				all.add(times[i]);
			}
			print("\"" + query + "\"", times, hits);
		}
		print("all queries", all.stream().mapToLong(Long::longValue).toArray(), -1);
	}

	static void print(String label, long[] times, int hits) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0);
		System.out.printf("%-45s %6.2fms %6.2fms %6.2fms %6.2fms %6s%n", label, ms(sorted[sorted.length / 2]),
				ms(sorted[(int) (sorted.length * 0.95)]), ms(sorted[sorted.length - 1]), mean / 1e6,
				hits < 0 ? "" : Integer.toString(hits));
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	/** 5,000 complete procedures with names made of realistic parts, in 14 sectors, all in force. */
	static CatalogDocument synthetic() {
		Random random = new Random(42);
		List<Sector> sectors = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			sectors.add(new Sector("BENCH_" + i, "Lĩnh vực " + i, i));
		}
		List<ProcedureVersion> versions = new ArrayList<>();
		LocalDate from = LocalDate.of(2025, 7, 1);
		for (int i = 0; i < PROCEDURES; i++) {
			String name = ACTIONS[random.nextInt(ACTIONS.length)] + " " + PAPERS[random.nextInt(PAPERS.length)] + " "
					+ SUBJECTS[random.nextInt(SUBJECTS.length)] + PLACES[random.nextInt(PLACES.length)] + " (mẫu " + i + ")";
			versions.add(new ProcedureVersion(UUID.randomUUID(), String.format("2.%06d.000.00.00.B55", i), 1,
					VersionStatus.ANNOUNCED, ChangeKind.ANNOUNCE, new Decision("1/QĐ-BENCH", from, "Chủ tịch"), from,
					content(name, sectors.get(i % sectors.size()).code())));
		}
		return new CatalogDocument(CatalogDocument.FORMAT, CatalogDocument.FORMAT_VERSION, sectors, versions, List.of());
	}

	static ProcedureContent content(String name, String sector) {
		return new ProcedureContent(name, sector, "000.00.31.H55", List.of(ApplicantKind.BUSINESS),
				List.of(Channel.ONLINE, Channel.COUNTER), OnlineLevel.FULL,
				new ProcessingTime(BigDecimal.TEN, ProcessingTimeUnit.WORKING_DAYS), null, false, "Bộ phận Một cửa", "",
				List.of(new RequiredDocument("Đơn đề nghị", 1, 0, 0, true, null)), List.of(new Fee("Phí", 100_000)),
				"Giấy phép", true, "Nghị định",
				List.of(new ProcessStep("Thẩm định", Role.SPECIALIST, null, BigDecimal.TEN)));
	}
}
