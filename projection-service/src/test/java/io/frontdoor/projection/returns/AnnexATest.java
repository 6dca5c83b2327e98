package io.frontdoor.projection.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Annex A from the event log, against the real database. The expected headers and code labels are written here by hand
 * from Ofsted's template as Social Finance's liia-tools reads it: {@code liiatools/annex_a_pipeline/spec/Annex_A_schema.yml}
 * (commit a042cd5) for the column names and the drop-down values ("a) Male", "a) WBRI", "s) NOBT", "q) 6: Police",
 * "h) 3B: Health services"…), and the sample workbook {@code liiatools/spec/annex_a/samples/Annex_A.xlsx} for
 * "Date of Referral" (see src/test/resources/returns/SOURCES.md).
 */
class AnnexATest extends ReturnsScenario {

    Workbook annexA() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/api/reports/annex-a?from=2026-05-01&to=2026-10-31&pack=" + pack, MANAGER)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .contains("attachment").contains("annex-a-2026-05-01-to-2026-10-31");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** A row as text: dates dd/mm/yyyy (after checking they are date cells in that format), numbers as integers, blanks as "". */
    static List<String> row(Sheet sheet, int index, int columns) {
        Row row = sheet.getRow(index);
        List<String> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                values.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
                values.add("%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
            } else if (cell.getCellType() == CellType.NUMERIC) {
                values.add(Integer.toString((int) cell.getNumericCellValue()));
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        int columns = sheet.getRow(0).getLastCellNum();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(row(sheet, r, columns));
        }
        return rows;
    }

    @Test
    void oneSheetPerListWithTheTemplatesHeadersInItsOrder() throws Exception {
        try (Workbook workbook = annexA()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("List 1");
            assertThat(headers(workbook.getSheet("List 1"))).containsExactly("Child Unique ID", "Gender", "Ethnicity",
                    "Date of Birth", "Age of Child (Years)", "Date of Contact", "Contact Source");
            assertThat(headers(workbook.getSheet("List 2"))).containsExactly("Child Unique ID", "Gender", "Ethnicity",
                    "Date of Birth", "Age of Child (Years)", "Assessment start date", "Assessment completion date",
                    "Organisation completing assessment");
            assertThat(headers(workbook.getSheet("List 3"))).containsExactly("Child Unique ID", "Gender", "Ethnicity",
                    "Date of Birth", "Age of Child (Years)", "Date of Referral", "Referral Source", "Referral NFA?",
                    "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker");
            assertThat(headers(workbook.getSheet("List 5"))).containsExactly("Child Unique ID", "Gender", "Ethnicity",
                    "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
                    "Strategy discussion initiating Section 47 Enquiry Start Date",
                    "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                    "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
                    "Allocated Team", "Allocated Worker");
        }
    }

    @Test
    void listOneHasARowPerChildPerContactInThePeriodWithTheTemplatesCodes() throws Exception {
        try (Workbook workbook = annexA()) {
            assertThat(rows(workbook.getSheet("List 1"))).containsExactly(
                    List.of(childA, "b) Female", "a) WBRI", "01/03/2019", "7", "10/06/2026", "q) 6: Police"),
                    List.of(childB, "a) Male", "f) MWBC", "20/07/2021", "4", "10/06/2026", "q) 6: Police"),
                    List.of(unborn.contactId() + "/0", "c) Not stated/recorded", "s) NOBT", "", "-1", "01/07/2026", "h) 3B: Health services"),
                    List.of(childC, "c) Not stated/recorded", "s) REFU", "02/02/2015", "11", "03/08/2026", "e) 2A: Schools"),
                    List.of(childD, "d) Neither", "j) AIND", "12/12/2012", "13", "01/09/2026", "b) 1B: Individual"));
        }
    }

    @Test
    void listTwoHasTheEarlyHelpEpisodeItsAssessmentAndWhoCompletedIt() throws Exception {
        try (Workbook workbook = annexA()) {
            assertThat(rows(workbook.getSheet("List 2"))).containsExactly(
                    List.of(childC, "c) Not stated/recorded", "s) REFU", "02/02/2015", "11", "04/08/2026", "20/08/2026",
                            "Early help locality LU1"));
        }
    }

    @Test
    void listThreeCountsEachChildsReferralsInTheTwelveMonthsBeforeAndSaysWhichWereNoFurtherAction() throws Exception {
        try (Workbook workbook = annexA()) {
            assertThat(rows(workbook.getSheet("List 3"))).containsExactly(
                    List.of(childA, "b) Female", "a) WBRI", "01/03/2019", "7", "10/06/2026", "q) 6: Police", "b) No", "1",
                            "Front door (MASH)", "worker.b"),
                    List.of(childB, "a) Male", "f) MWBC", "20/07/2021", "4", "10/06/2026", "q) 6: Police", "b) No", "0",
                            "Front door (MASH)", "worker.b"),
                    List.of(childD, "d) Neither", "j) AIND", "12/12/2012", "13", "01/09/2026", "b) 1B: Individual", "a) Yes", "0",
                            "Front door (MASH)", ""));
        }
    }

    @Test
    void listFiveHasTheSection47EnquiryTheStrategyDiscussionStartedForEachSibling() throws Exception {
        try (Workbook workbook = annexA()) {
            assertThat(rows(workbook.getSheet("List 5"))).containsExactly(
                    List.of(childA, "b) Female", "a) WBRI", "01/03/2019", "7", "b) No", "11/06/2026", "", "", "", "0", "",
                            "Front door (MASH)", "worker.b"),
                    List.of(childB, "a) Male", "f) MWBC", "20/07/2021", "4", "c) Unknown", "11/06/2026", "", "", "", "0", "",
                            "Front door (MASH)", "worker.b"));
        }
    }

    @Test
    void eachDownloadIsInTheAccessAuditWithEveryChildInIt() throws Exception {
        annexA().close();
        String report = "annex-a-2026-05-01-to-2026-10-31-" + pack;
        assertThat(jdbc.queryForList("SELECT user_id FROM access_audit WHERE record_type = 'REPORT' AND record_id = ?", String.class, report))
                .containsExactly(MANAGER.userId());
        for (String child : List.of(childA, childB, childC, childD, unborn.contactId() + "/0")) {
            assertThat(jdbc.queryForList("SELECT endpoint FROM access_audit WHERE record_type = 'CHILD' AND record_id = ? AND user_id = ?",
                    String.class, child, MANAGER.userId())).as(child).containsExactly("GET /api/reports/annex-a");
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAProblemNamingTheField() throws Exception {
        HttpResponse<String> response = call("/api/reports/annex-a?from=2026-10-31&to=2026-05-01", MANAGER);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"to\"");
    }
}
