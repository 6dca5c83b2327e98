package io.frontdoor.projection.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The CIN census referral part, from the same event log as {@link AnnexATest} ({@link ReturnsScenario}), checked against the DfE schema
 * ({@code CIN_schema_2024.xsd}, the latest public one; source in src/test/resources/returns/SOURCES.md).
 */
class CinCensusTest extends ReturnsScenario {

    byte[] census(int year) throws Exception {
        HttpResponse<byte[]> response = http.send(request("/api/reports/cin-census?year=" + year + "&pack=" + pack, MANAGER).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        return response.body();
    }

    static void assertValid(byte[] xml) {
        assertThatCode(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CinCensusTest.class.getResource("/returns/CIN_schema_2024.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)))).doesNotThrowAnyException();
    }

    static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String at(Document document, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
    }

    @Test
    void theYearsReferralsOneChildEachValidAgainstTheDfeSchema() throws Exception {
        byte[] xml = census(2027);
        assertValid(xml);
        Document census = parse(xml);

        assertThat(at(census, "/Message/Header/CollectionDetails/Year")).isEqualTo("2027");
        assertThat(at(census, "/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2027-03-31");
        assertThat(at(census, "count(/Message/Children/Child)")).isEqualTo("3");
        String amy = "/Message/Children/Child[ChildIdentifiers/LAchildID='" + childA + "']";
        assertThat(at(census, amy + "/ChildIdentifiers/PersonBirthDate")).isEqualTo("2019-03-01");
        assertThat(at(census, amy + "/ChildIdentifiers/GenderCurrent")).isEqualTo("2");
        assertThat(at(census, amy + "/ChildCharacteristics/Ethnicity")).isEqualTo("WBRI");
        assertThat(at(census, amy + "/ChildCharacteristics/Disabilities/Disability")).isEqualTo("NONE");
        assertThat(at(census, "count(" + amy + "/CINdetails)")).as("June and November 2026 are both in 2026-27")
                .isEqualTo("2");
        assertThat(at(census, amy + "/CINdetails[1]/CINreferralDate")).isEqualTo("2026-06-10");
        assertThat(at(census, amy + "/CINdetails[1]/ReferralSource")).isEqualTo("6");
        assertThat(at(census, amy + "/CINdetails[1]/Section47/S47ActualStartDate")).isEqualTo("2026-06-11");
        assertThat(at(census, amy + "/CINdetails[1]/Section47/ICPCnotRequired")).isEqualTo("0");
        assertThat(at(census, amy + "/CINdetails[1]/ReferralNFA")).isEqualTo("0");
        assertThat(at(census, amy + "/CINdetails[2]/CINreferralDate")).isEqualTo("2026-11-02");
        String dee = "/Message/Children/Child[ChildIdentifiers/LAchildID='" + childD + "']";
        assertThat(at(census, dee + "/ChildIdentifiers/GenderCurrent")).isEqualTo("9");
        assertThat(at(census, dee + "/ChildCharacteristics/Disabilities/Disability")).isEqualTo("AUT");
        assertThat(at(census, dee + "/CINdetails/ReferralSource")).isEqualTo("1B");
        assertThat(at(census, dee + "/CINdetails/ReferralNFA")).isEqualTo("1");
        assertThat(at(census, "count(//PrimaryNeedCode)")).as("the front door records no primary need").isEqualTo("0");
    }

    @Test
    void theSchemaCheckRefusesACodeTheDfeDoesNotHave() throws Exception {
        byte[] tampered = new String(census(2027), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<ReferralSource>6</ReferralSource>", "<ReferralSource>5E</ReferralSource>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CinCensusTest.class.getResource("/returns/CIN_schema_2024.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(tampered)))).hasMessageContaining("5E");
    }

    @Test
    void aChildReferredTwiceInTheYearIsOneChildWithTwoReferrals() throws Exception {
        byte[] xml = census(2026);
        assertValid(xml);
        Document census = parse(xml);
        assertThat(at(census, "count(/Message/Children/Child)")).isEqualTo("1");
        assertThat(at(census, "/Message/Children/Child/ChildIdentifiers/LAchildID")).isEqualTo(childA);
        assertThat(at(census, "/Message/Children/Child/CINdetails[1]/CINreferralDate")).isEqualTo("2025-06-01");
        assertThat(at(census, "/Message/Children/Child/CINdetails[2]/CINreferralDate")).isEqualTo("2026-01-15");
    }

    @Test
    void aYearThatIsNotOneIsAProblemNamingTheField() throws Exception {
        HttpResponse<String> response = call("/api/reports/cin-census?year=26", MANAGER);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"year\"");
        assertThat(call("/api/reports/cin-census", MANAGER).statusCode()).as("no year").isEqualTo(400);
        assertThat(call("/api/reports/cin-census?year=last", MANAGER).statusCode()).isEqualTo(400);
        assertThat(call("/api/reports/annex-a?from=yesterday", MANAGER).statusCode()).isEqualTo(400);
    }

    @Test
    void eachCensusDownloadIsInTheAccessAudit() throws Exception {
        census(2027);
        assertThat(jdbc.queryForList("SELECT record_id FROM access_audit WHERE record_type = 'REPORT' AND user_id = ? AND record_id LIKE ?",
                String.class, MANAGER.userId(), "cin-census-2026-27-" + pack)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_audit WHERE record_type = 'CHILD' AND record_id = ? AND endpoint = ?",
                Long.class, childD, "GET /api/reports/cin-census")).isEqualTo(1L);
    }
}
