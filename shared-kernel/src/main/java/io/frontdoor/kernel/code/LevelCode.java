package io.frontdoor.kernel.code;

/** The four national levels of need; every pack maps its local names onto them. */
public enum LevelCode {
    UNIVERSAL(1),
    ADDITIONAL(2),
    TARGETED(3),
    SPECIALIST(4);

    private final int rank;

    LevelCode(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static LevelCode ofRank(int rank) {
        for (LevelCode code : values()) {
            if (code.rank == rank) {
                return code;
            }
        }
        throw new IllegalArgumentException("no level of need has rank " + rank + " (ranks are 1..4)");
    }
}
