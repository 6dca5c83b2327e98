package io.frontdoor.projection.chronology;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChronologyViewTest extends ProjectionTest {

    @Test
    void listsAChildsContactsOldestFirstWithDecisionsSiblingsHouseholdAndReContacts() throws Exception {
        clock.set("2026-11-25T12:00:00Z");
        String amy = unique("child");
        String ben = unique("child");
        ContactStory first = contact(unique("c"), "luton", "2025-01-10T10:00:00Z").from("EDUCATION", "Example Primary School")
                .child("Amy", "Example", "2019-03-01").received().opened("GREEN", Duration.ofHours(72)).linked(0, amy)
                .after(Duration.ofHours(20)).decided("ADDITIONAL", List.of("EARLY_HELP"), "NONE", false, false)
                .routed("EARLY_HELP", null).after(Duration.ofDays(1)).closed("EARLY_HELP");
        ContactStory second = contact(unique("c"), "luton", "2025-10-01T10:00:00Z")
                .child("Amy", "Example", "2019-03-01").child("Ben", "Example", "2021-07-01").adult("Sam", "Example", "MOTHER")
                .received().opened("RED", Duration.ofHours(4)).linked(0, amy).linked(1, ben)
                .after(Duration.ofHours(2)).decided("SPECIALIST", List.of("STRATEGY_DISCUSSION"), "NONE", false, true)
                .routed("STRATEGY_DISCUSSION", null).after(Duration.ofHours(20)).strategyOutcome(true);
        ContactStory third = contact(unique("c"), "luton", "2026-11-20T10:00:00Z").from("HEALTH", "Example Health Visiting")
                .child("Amy", "Example", "2019-03-01").received().opened("AMBER", Duration.ofHours(24)).linked(0, amy);
        ContactStory wronglyLinked = contact(unique("c"), "luton", "2026-11-21T10:00:00Z")
                .child("Amy", "Other", "2018-01-01").received().opened("GREEN", Duration.ofHours(72)).linked(0, amy)
                .after(Duration.ofHours(1)).linkReviewed(0, amy, false);
        given(third, first, wronglyLinked, second);

        JsonNode chronology = get("/api/children/" + amy + "/chronology");

        assertThat(chronology.get("name").asString()).isEqualTo("Amy Example");
        JsonNode contacts = chronology.get("contacts");
        assertThat(texts(contacts, "contactId")).containsExactly(first.contactId(), second.contactId(), third.contactId());
        assertThat(texts(contacts, "recontactWithin12Months")).containsExactly("false", "true", "false");
        assertThat(chronology.get("recontactsWithin12Months").asInt()).isEqualTo(1);
        assertThat(contacts.get(1).get("previousContactAt").asString()).isEqualTo("2025-01-10T10:00:00Z");
        assertThat(contacts.get(0).get("referrerAgencyName").asString()).isEqualTo("Example Primary School");
        assertThat(contacts.get(0).get("decisions").get(0).get("level").get("code").asString()).isEqualTo("ADDITIONAL");
        assertThat(contacts.get(0).get("outcome").asString()).isEqualTo("EARLY_HELP");
        assertThat(contacts.get(1).get("section47Enquiry").asBoolean()).isTrue();
        assertThat(texts(contacts.get(1).get("routes"), "route")).containsExactly("STRATEGY_DISCUSSION");

        JsonNode siblings = chronology.get("siblings");
        assertThat(texts(siblings, "childId")).containsExactly(ben);
        assertThat(siblings.get(0).get("name").asString()).isEqualTo("Ben Example");
        assertThat(siblings.get(0).get("sharedContacts").size()).isEqualTo(1);
        assertThat(siblings.get(0).get("sharedContacts").get(0).asString()).isEqualTo(second.contactId());
        JsonNode household = chronology.get("household");
        assertThat(texts(household, "name")).containsExactly("Sam Example");
        assertThat(household.get(0).get("relationship").asString()).isEqualTo("MOTHER");

        assertThat(get("/api/children/" + ben + "/chronology").get("contacts").size()).isEqualTo(1);
    }

    @Test
    void aPossibleMatchIsShownAsSuchAndTheChildKeepsEveryNameItWasRecordedUnder() throws Exception {
        clock.set("2026-11-25T12:00:00Z");
        String child = unique("child");
        ContactStory first = contact(unique("c"), "luton", "2026-01-10T10:00:00Z")
                .child("Cara", "Example", "2019-03-01").received().opened("GREEN", Duration.ofHours(72)).linked(0, child);
        ContactStory renamed = contact(unique("c"), "luton", "2026-06-10T10:00:00Z")
                .child("Cara", "Renamedexample", "2019-03-01").received().opened("GREEN", Duration.ofHours(72))
                .possiblyLinked(0, child, "matched by NHS number, but the name differs from the child's records")
                .after(Duration.ofHours(1)).linkReviewed(0, child, true);
        ContactStory possible = contact(unique("c"), "luton", "2026-11-20T10:00:00Z")
                .child("Someone", "Else", "2015-05-05").adult("Pat", "Else", "FATHER").received()
                .opened("AMBER", Duration.ofHours(24))
                .possiblyLinked(0, child, "matched by NHS number, but the name and the date of birth differ from the child's records");
        given(first, renamed, possible);

        JsonNode chronology = get("/api/children/" + child + "/chronology");

        List<String> names = new java.util.ArrayList<>();
        chronology.get("names").forEach(name -> names.add(name.asString()));
        assertThat(names).containsExactly("Cara Example", "Cara Renamedexample");
        assertThat(chronology.get("name").asString()).as("the latest definite name, not the possible match's")
                .isEqualTo("Cara Renamedexample");
        JsonNode contacts = chronology.get("contacts");
        assertThat(texts(contacts, "contactId")).containsExactly(first.contactId(), renamed.contactId(), possible.contactId());
        assertThat(texts(contacts, "linkStatus")).containsExactly("LINKED", "CONFIRMED", "POSSIBLE");
        assertThat(contacts.get(2).get("linkReason").asString()).contains("date of birth");
        assertThat(contacts.get(2).get("recordedAs").get("name").asString()).isEqualTo("Someone Else");
        assertThat(contacts.get(2).get("recontactWithin12Months").asBoolean()).isFalse();
        assertThat(chronology.get("recontactsWithin12Months").asInt()).as("first and renamed only").isEqualTo(1);
        assertThat(chronology.get("household").size()).as("the possible match's adults are not the child's household").isZero();
    }

    @Test
    void aChildNobodyLinkedIsNotFound() throws Exception {
        assertThat(call("/api/children/" + unique("child") + "/chronology").statusCode()).isEqualTo(404);
    }
}
