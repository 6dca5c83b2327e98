-- Each dead letter replayed to its original topic, once: a second replay of the same record is answered from here.
CREATE TABLE dead_letter_replay (
    dead_letter_topic VARCHAR(255) NOT NULL,
    dead_letter_partition INT      NOT NULL,
    dead_letter_offset BIGINT      NOT NULL,
    replayed_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    replayed_by       VARCHAR(200) NOT NULL,
    PRIMARY KEY (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
