package dev.articleevents.core.extract;

import dev.articleevents.core.resource.TsvResource;

import java.util.HashMap;
import java.util.Map;

/**
 * How each ACLED sub-event type behaves (lexicon/event-kinds.tsv): its actors' roles, whether only a state does
 * it, whether a fight has two sides, the actor recorded when none is named, which kinds merge into one incident,
 * and how sure a word must be. Read once; the rules ask it instead of naming sub-event types.
 */
final class EventKinds {
    /** One row of the table: the kind's labels, its actors, its family and rank among kinds of one incident, and how sure a word must be. */
    record Kind(String eventType, String subEventType, Actors actors, String family, int rank, double minWeight) {
        boolean participants() {
            return actors.participants();
        }

        boolean stateAuthor() {
            return actors.stateAuthor();
        }

        boolean twoSides() {
            return actors.twoSides();
        }

        String implied() {
            return actors.implied();
        }

        boolean unnamedAuthor() {
            return actors.unnamedAuthor();
        }

        String statesNamed() {
            return actors.statesNamed();
        }
    }

    /**
     * How a kind's actors behave: whether its sides are participants rather than author and target, whether only a
     * state does it, whether a fight has two sides, the actor recorded when none is named, whether an unnamed
     * group can be its author, and what the states a sentence names are to it ("parties", "perpetrators" or null).
     */
    record Actors(boolean participants, boolean stateAuthor, boolean twoSides, String implied, boolean unnamedAuthor,
                  String statesNamed) {
    }

    private static final EventKinds TABLE = new EventKinds();
    private final Map<String, Kind> bySubType = new HashMap<>();

    private EventKinds() {
        for (String[] r : TsvResource.rows("lexicon/event-kinds.tsv", 11)) {
            Actors actors = new Actors(r[2].equals("participants"), r[3].equals("state"), r[4].equals("two"),
                    r[5].equals("-") ? null : r[5], r[6].equals("yes"), r[10].equals("-") ? null : r[10]);
            bySubType.put(r[1], new Kind(r[0], r[1], actors, r[7].equals("-") ? null : r[7], Integer.parseInt(r[8]),
                    Double.parseDouble(r[9])));
        }
    }

    /** The kind of an ACLED sub-event type; an unknown label is an error in the trigger data, not a default. */
    static Kind of(String subEventType) {
        Kind k = TABLE.bySubType.get(subEventType);
        if (k == null) {
            throw new IllegalArgumentException("sub-event type " + subEventType + " is not in lexicon/event-kinds.tsv");
        }
        return k;
    }

    /** Two kinds that tell one incident (a suicide bomb and a car bomb; a protest and the force it met). */
    static boolean sameFamily(String a, String b) {
        String fa = of(a).family();
        return fa != null && fa.equals(of(b).family());
    }

    /** Whether {@code a} names the incident better than {@code b}: the same family, a higher rank. */
    static boolean outranks(String a, String b) {
        return sameFamily(a, b) && of(a).rank() > of(b).rank();
    }
}
