package io.frontdoor.projection;

import io.frontdoor.projection.eventlog.IncomingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Synthetic, obviously fictional front-door traffic: whole contact histories (received, opened, linked, allocated,
 * checks, decision, authorisation, routes, feedback, missed deadlines, DA triage, disagreements, closure) with the
 * proportions roughly of a real front door, deterministic for a seed. Children recur across contacts, so there are
 * re-contacts and siblings.
 */
public final class SyntheticFrontDoor {

    private static final String[] AGENCIES = {"POLICE", "POLICE", "POLICE", "EDUCATION", "EDUCATION", "HEALTH", "HEALTH",
            "LOCAL_AUTHORITY", "MEMBER_OF_PUBLIC", "HOUSING"};
    private static final String[] RAGS = {"RED", "AMBER", "AMBER", "GREEN", "GREEN", "GREEN"};
    private static final String[] LEVELS = {"UNIVERSAL", "ADDITIONAL", "TARGETED", "SPECIALIST"};
    private static final String[][] ROUTES = {{"ADVICE_AND_SIGNPOSTING"}, {"EARLY_HELP"}, {"SECTION_17_ASSESSMENT"},
            {"STRATEGY_DISCUSSION", "MARAC"}};
    private static final String[] PACKS = {"nottingham-city", "north-lincolnshire", "luton"};

    private final Random random;
    private final String run;
    private final int children;

    /** @param children how many distinct children the contacts are about (fewer than contacts: re-contacts). */
    public SyntheticFrontDoor(long seed, String run, int children) {
        this.random = new Random(seed);
        this.run = run;
        this.children = children;
    }

    /** {@code count} contacts received {@code spacing} apart from {@code start}, their events interleaved by time. */
    public List<IncomingEvent> traffic(int first, int count, Instant start, Duration spacing) {
        List<IncomingEvent> events = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            events.addAll(contact(i, start.plus(spacing.multipliedBy(i))).events());
        }
        events.sort(Comparator.comparing(e -> e.envelope().occurredAt()));
        return events;
    }

    public ContactStory contact(int number, Instant receivedAt) {
        String id = run + "-contact-" + number;
        String agency = pick(AGENCIES);
        ContactStory story = ContactStory.contact(id, PACKS[number % PACKS.length], receivedAt).from(agency, "Synthetic " + agency.toLowerCase());
        int named = 1 + random.nextInt(3);
        List<String> childIds = new ArrayList<>();
        for (int c = 0; c < named; c++) {
            childIds.add(run + "-child-" + random.nextInt(children));
            story.child("Child" + c, "Synthetic" + number, "201" + random.nextInt(10) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        }
        if (random.nextInt(3) == 0) {
            story.adult("Parent", "Synthetic" + number, "MOTHER");
        }
        String rag = pick(RAGS);
        story.received().after(Duration.ofSeconds(2)).opened(rag, Duration.ofHours("RED".equals(rag) ? 4 : "AMBER".equals(rag) ? 24 : 72));
        for (int c = 0; c < named; c++) {
            story.linked(c, childIds.get(c));
        }
        if (random.nextInt(10) < 8) {
            story.after(minutes(120)).allocated("worker." + random.nextInt(25));
        }
        if (random.nextBoolean()) {
            String check = id + "-check";
            story.after(minutes(60)).checkRequested(check, "POLICE", Duration.ofHours(4));
            if (random.nextInt(10) < 8) {
                story.after(minutes(300)).checkAnswered(check, "POLICE");
            }
        }
        if (random.nextInt(20) == 0) {
            story.after(minutes(600)).deadlinePassed("DECISION", null, receivedAt.plus(Duration.ofHours(24)));
        }
        if (random.nextInt(10) < 9) {
            decide(story, receivedAt);
        }
        if ("POLICE".equals(agency) && random.nextInt(8) == 0) {
            Instant meeting = receivedAt.plus(Duration.ofDays(1 + random.nextInt(6)));
            story.daScheduled(id + "-m1", meeting, null);
            if (random.nextBoolean()) {
                later(story, meeting.plus(Duration.ofHours(1))).daDecided(id + "-m1", List.of("EARLY_HELP"));
            }
        }
        if (random.nextInt(30) == 0) {
            String escalation = id + "-escalation";
            story.after(minutes(600)).escalationRaised(escalation, "duty social care worker", story.now().plus(Duration.ofHours(24)));
            story.after(minutes(1440)).escalationStage(escalation, 1, "duty social care worker", random.nextBoolean() ? "UPHELD" : "ESCALATED",
                    2, "duty manager", story.now().plus(Duration.ofHours(24)), false);
        }
        if (random.nextInt(20) < 17) {
            story.after(minutes(600)).closed("DONE");
        }
        return story;
    }

    private void decide(ContactStory story, Instant receivedAt) {
        int level = random.nextInt(LEVELS.length);
        boolean accepted = level >= 2;
        boolean overrideDown = random.nextInt(6) == 0;
        List<String> routes = List.of(ROUTES[level]);
        story.after(minutes(900)).decided(LEVELS[level], routes, overrideDown ? "DOWN" : "NONE", overrideDown, accepted);
        if (overrideDown) {
            story.after(minutes(240));
            if (random.nextInt(5) == 0) {
                story.returned("more information needed").after(minutes(120)).decided(LEVELS[level], routes, "NONE", false, accepted);
            } else {
                story.authorised();
            }
        }
        routes.forEach(route -> story.routed(route, "STRATEGY_DISCUSSION".equals(route) ? story.now().plus(Duration.ofHours(24)) : null));
        if (routes.contains("STRATEGY_DISCUSSION")) {
            story.after(minutes(1800)).strategyOutcome(random.nextBoolean());
        }
        if (!accepted) {
            story.after(minutes(1800)).feedback("NOT_ACCEPTED", "Not accepted for a social-care response");
        }
        if (random.nextInt(10) < 8) {
            later(story, receivedAt.plus(minutes(2000 + random.nextInt(4000)))).feedback("OUTCOME", "Outcome letter sent");
        }
    }

    /** Moves the story on to {@code instant}, or a minute on if it is already past it: a contact's events never go back in time. */
    private static ContactStory later(ContactStory story, Instant instant) {
        return instant.isAfter(story.now()) ? story.at(instant.toString()) : story.after(Duration.ofMinutes(1));
    }

    private Duration minutes(int upTo) {
        return Duration.ofMinutes(1 + random.nextInt(upTo));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
