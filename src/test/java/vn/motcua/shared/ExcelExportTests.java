package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.testing.Workbooks;

/**
 * The exports' workbooks: typed cells (a time and a date as dates in Vietnam's time, a number as a
 * number, text never a formula), bold headings kept in view, a named sheet, and the streaming
 * workbook's temporary file deleted however the export ends.
 */
@Tag("rule")
class ExcelExportTests {

	@Test
	void writesTypedCellsUnderBoldFrozenHeadings() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ExcelExport excel = new ExcelExport("Đơn thư: 01/2026 [tỉnh]")) {
			excel.title("Danh sách đơn thư");
			excel.line("");
			excel.headings(List.of("Mã", "Số", "Ngày", "Lúc", "Tiếp nhận", "Ghi chú"));
			excel.row(Arrays.asList("=HYPERLINK(\"http://x.example\")", 3, LocalDate.of(2026, 3, 31),
					LocalDateTime.of(2026, 3, 31, 23, 30), Instant.parse("2026-03-31T16:30:00Z"), null));
			excel.write(out);
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).as("without the characters Excel refuses").startsWith("Đơn thư")
				.contains("tỉnh").doesNotContain(":", "/", "[", "]");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách đơn thư");
			Row headings = sheet.getRow(2);
			assertThat(headings.getCell(2).getStringCellValue()).isEqualTo("Ngày");
			assertThat(workbook.getFontAt(headings.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);

			Row row = sheet.getRow(3);
			assertThat(row.getCell(0).getCellType()).as("text typed into a form is never a formula")
				.isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x.example\")");
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(3);
			Workbooks.assertDate(row.getCell(2), LocalDate.of(2026, 3, 31).atStartOfDay());
			assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			Workbooks.assertDate(row.getCell(3), LocalDateTime.of(2026, 3, 31, 23, 30));
			assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
			Workbooks.assertDate(row.getCell(4), LocalDateTime.of(2026, 3, 31, 23, 30));
			assertThat(row.getCell(5)).as("nothing for null").isNull();
			assertThat(sheet.getColumnWidth(0)).as("as wide as the text, up to a limit")
				.isGreaterThan(sheet.getColumnWidth(1)).isLessThanOrEqualTo(60 * 256);
		}
	}

	/** The temporary file of the rows goes when the workbook is closed, after a client went away mid-download too. */
	@Test
	void deletesItsTemporaryFileWhenTheClientGoesAway(@TempDir Path temporary) throws IOException {
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
		try {
			OutputStream goneAway = new OutputStream() {

				@Override
				public void write(int b) throws IOException {
					throw new IOException("Connection reset by peer");
				}
			};
			assertThatThrownBy(() -> {
				try (ExcelExport excel = new ExcelExport("Hồ sơ")) {
					excel.headings(List.of("Mã"));
					for (int n = 0; n < 500; n++) {
						excel.row(List.of("H55.31-261123-" + n));
					}
					assertThat(files(temporary)).as("the rows beyond the first hundred, on disk").isNotEmpty();
					excel.write(goneAway);
				}
			}).isInstanceOf(IOException.class);
			assertThat(files(temporary)).isEmpty();
		}
		finally {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
		}
	}

	@Test
	void refusesARowBeyondTheSheetsLast() throws IOException {
		try (ExcelExport excel = new ExcelExport("Hồ sơ")) {
			excel.headings(List.of("Mã"));
			int lines = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
			for (int n = 0; n < lines; n++) {
				excel.row(List.of());
			}
			assertThatThrownBy(() -> excel.row(List.of("một dòng nữa"))).isInstanceOf(InvalidRequestException.class)
				.satisfies(e -> assertThat(((InvalidRequestException) e).arguments()).containsExactly(lines));
		}
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}
}
