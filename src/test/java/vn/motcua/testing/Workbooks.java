package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.shared.ExcelExport;

/** An export's Excel workbook read back with POI, as Excel would open it. */
public final class Workbooks {

	private Workbooks() {
	}

	/** The workbook a download sent, after checking that it sent one; close it after use. */
	public static XSSFWorkbook of(MvcTestResult download) {
		assertThat(download).hasStatusOk().hasContentType(ExcelExport.CONTENT_TYPE);
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The texts of a row's cells, the headings say. */
	public static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	/** A column's texts under the headings of the first row, a line each. */
	public static List<String> column(Sheet sheet, int column) {
		List<String> texts = new ArrayList<>();
		for (int row = 1; row <= sheet.getLastRowNum(); row++) {
			texts.add(sheet.getRow(row).getCell(column).getStringCellValue());
		}
		return texts;
	}

	/** A cell that Excel shows as a date and computes with, holding that time. */
	public static void assertDate(Cell cell, LocalDateTime time) {
		assertThat(cell.getCellType()).as("a date cell is a number").isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as("formatted as a date").isTrue();
		assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(time);
	}
}
