package io.frontdoor.projection.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Annex A lists as an {@code .xlsx}: one sheet per list, the template's headers in the first row, dates as
 * real date cells shown dd/mm/yyyy, numbers as numbers, codes as text. Built in memory: no temporary file holds the
 * children's details.
 */
final class AnnexAWorkbook {

    static final String DATE_FORMAT = "dd/mm/yyyy";

    private AnnexAWorkbook() {
    }

    static byte[] write(List<AnnexA.Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (AnnexA.Sheet list : sheets) {
                Sheet sheet = workbook.createSheet(list.name());
                Row headers = sheet.createRow(0);
                for (int c = 0; c < list.headers().size(); c++) {
                    Cell cell = headers.createCell(c);
                    cell.setCellValue(list.headers().get(c));
                    cell.setCellStyle(header);
                }
                for (int r = 0; r < list.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = list.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), values.get(c), date);
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < list.headers().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, list.headers().get(c).length() + 2)) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle date) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
