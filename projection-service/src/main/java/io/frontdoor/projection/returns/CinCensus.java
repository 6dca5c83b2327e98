package io.frontdoor.projection.returns;

import io.frontdoor.kernel.contact.Disability;
import io.frontdoor.kernel.contact.Gender;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The referral part of the DfE Children in Need census for a collection year (1 April to 31 March): one {@code Child}
 * per child referred in the year ({@code LAchildID} is the front door's child id), one {@code CINdetails} per referral
 * with its date, source, whether it was no further action, and the section 47 enquiry its strategy discussion started.
 * Element names and order follow the DfE schema ({@code CIN_schema_2024.xsd}, see the README). What happens after the
 * front door (assessments, plans, conferences, closure) is for the case management system's part of the return.
 */
public final class CinCensus {

    /** The collection year ending on 31 March of {@code endYear} (2026 is 2025–26). */
    public record CollectionYear(int endYear) {

        public CollectionYear {
            if (endYear < 2000 || endYear > 2100) {
                throw InvalidSubmissionException.of("year", "must be the year the collection ends, e.g. 2026 for 2025-26");
            }
        }

        public LocalDate from() {
            return LocalDate.of(endYear - 1, 4, 1);
        }

        public LocalDate to() {
            return LocalDate.of(endYear, 3, 31);
        }
    }

    private final List<ReturnsContact> contacts;
    private final CollectionYear year;

    public CinCensus(List<ReturnsContact> contacts, CollectionYear year) {
        this.contacts = contacts;
        this.year = year;
    }

    /** Each child referred in the year with their referrals, in order of first referral; a child's latest codes describe them. */
    Map<String, List<ReturnsContact>> referralsByChild() {
        Map<String, List<ReturnsContact>> children = new LinkedHashMap<>();
        contacts.stream().filter(c -> c.referral() != null && !c.referral().on().isBefore(year.from()) && !c.referral().on().isAfter(year.to()))
                .sorted((a, b) -> a.referral().on().compareTo(b.referral().on()))
                .forEach(contact -> contact.children().forEach(
                        child -> children.computeIfAbsent(child.childId(), id -> new ArrayList<>()).add(contact)));
        return children;
    }

    public byte[] xml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("Message");
            xml.writeStartElement("Header");
            xml.writeStartElement("CollectionDetails");
            element(xml, "Collection", "CIN");
            element(xml, "Year", Integer.toString(year.endYear()));
            element(xml, "ReferenceDate", year.to().toString());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("Children");
            for (var child : referralsByChild().entrySet()) {
                child(xml, child.getKey(), child.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the CIN census", e);
        }
        return out.toByteArray();
    }

    private static void child(XMLStreamWriter xml, String childId, List<ReturnsContact> referrals) throws XMLStreamException {
        ReturnsContact latest = referrals.get(referrals.size() - 1);
        ReturnsChild child = latest.children().stream().filter(c -> c.childId().equals(childId)).findFirst().orElseThrow();
        xml.writeStartElement("Child");
        xml.writeStartElement("ChildIdentifiers");
        element(xml, "LAchildID", childId);
        if (child.unborn()) {
            if (child.expectedDateOfBirth() != null) {
                element(xml, "ExpectedPersonBirthDate", child.expectedDateOfBirth().toString());
            }
        } else {
            element(xml, "PersonBirthDate", child.dateOfBirth().toString());
        }
        element(xml, "GenderCurrent", genderCurrent(child));
        xml.writeEndElement();
        xml.writeStartElement("ChildCharacteristics");
        element(xml, "Ethnicity", child.ethnicityOrNotObtained().name());
        if (!child.disabilities().isEmpty()) {
            xml.writeStartElement("Disabilities");
            for (Disability disability : child.disabilities()) {
                element(xml, "Disability", disability.name());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (ReturnsContact referral : referrals) {
            xml.writeStartElement("CINdetails");
            element(xml, "CINreferralDate", referral.referral().on().toString());
            element(xml, "ReferralSource", referral.source().code());
            if (referral.section47StartedOn() != null) {
                xml.writeStartElement("Section47");
                element(xml, "S47ActualStartDate", referral.section47StartedOn().toString());
                element(xml, "ICPCnotRequired", "0");
                xml.writeEndElement();
            }
            element(xml, "ReferralNFA", referral.referral().noFurtherAction() ? "1" : "0");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The schema's codes: 1 male, 2 female, 9 indeterminate, 0 not recorded or unborn. */
    static String genderCurrent(ReturnsChild child) {
        Gender gender = child.unborn() ? null : child.gender();
        if (gender == null) {
            return "0";
        }
        return switch (gender) {
            case MALE -> "1";
            case FEMALE -> "2";
            case OTHER -> "9";
            case NOT_KNOWN -> "0";
        };
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
