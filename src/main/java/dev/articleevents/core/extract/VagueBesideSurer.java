package dev.articleevents.core.extract;

import dev.articleevents.core.resource.TsvResource;
import dev.articleevents.core.rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A loose word for what a surer word beside it tells ("blasts" beside "air strike") is that action, not one of its
 * own kind. Which kinds tell and which words are loose beside them is data ({@code lexicon/loose-words.tsv}): one
 * rule per row, named there.
 */
final class VagueBesideSurer implements Rule {
    static final String RESOURCE = "lexicon/loose-words.tsv";
    /** Below this weight an event word can be a loose word for what a surer one beside it tells ("blasts", "bombardment"). */
    static final double VAGUE_BELOW = 0.8;

    private final String name;
    private final String description;
    private final Set<String> telling;
    private final boolean sureOnly;
    private final Set<String> loose;

    private VagueBesideSurer(String[] row) {
        this.name = row[0];
        this.telling = Set.of(row[1].split("\\|"));
        this.sureOnly = "sure".equals(row[2]);
        this.loose = Set.of(row[3].split("\\|"));
        this.description = row[4];
    }

    /** The rules of the file, in its order. */
    static List<VagueBesideSurer> load() {
        List<VagueBesideSurer> out = new ArrayList<>();
        for (String[] row : TsvResource.rows(RESOURCE, 5)) {
            out.add(new VagueBesideSurer(row));
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** Whether {@code t} tells the action surely. */
    boolean tells(Trigger t) {
        return isOf(t, telling) && (!sureOnly || t.weight() >= VAGUE_BELOW);
    }

    /** Whether {@code t}, when loose, is a word for that action. */
    boolean looseWordFor(Trigger t) {
        return isOf(t, loose);
    }

    /** {@code kept} without the loose words, when a telling word is there. */
    List<Trigger> apply(List<Trigger> kept) {
        if (kept.stream().noneMatch(this::tells)) {
            return kept;
        }
        return kept.stream().filter(t -> !(looseWordFor(t) && t.weight() < VAGUE_BELOW)).toList();
    }

    /** ACLED's event types and sub-event types never share a label, so one set may hold both. */
    private static boolean isOf(Trigger t, Set<String> kinds) {
        return kinds.contains(t.eventType()) || kinds.contains(t.subEventType());
    }
}
