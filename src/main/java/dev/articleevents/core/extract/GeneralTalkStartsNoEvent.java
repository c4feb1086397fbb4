package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.rules.Rule;

import java.util.Set;

/**
 * A sentence that neither dates nor counts what it tells ("suicide bombers slowed the advance") may join an event of
 * the article but is too thin to be one of its own — unless it opens with the town it happened in ("In Calais, more
 * than a dozen people were arrested during a protest", "وفي مدينة الناصرية، تظاهر المئات"), or a sure event word tells it
 * at a town or district its place word names ("وتظاهر المئات في مدينة الناصرية", "raids on the village of X"): a
 * round-up of several places gives each place a sentence of its own that takes its day from the lead. Those start
 * candidates and the event scorer decides; on the tuning set the opening town made event CV F1 0.545 → 0.548, the
 * place word 0.551 → 0.556 (the check set's place_R 0.624 → 0.634). So does a sentence that names its town and reads
 * like a report by the {@link EventSentenceScorer} ({@value #REPORT_LIKE} or more): on the tuning set event CV F1
 * 0.558 → 0.562, with every assembled event kept recall 0.606 → 0.625 (at 0.5 / 0.7 / 0.8: CV 0.561 / 0.560 / 0.562).
 */
final class GeneralTalkStartsNoEvent implements Rule {
    /** How far into its sentence the town may be named: a conjunction, "In", a cue word ("وفي مدينة "). */
    private static final int OPENING_CHARS = 16;
    /** The kinds of place word that name a town or a part of one (lexicon/place-cues.tsv). */
    private static final Set<String> TOWN_WORDS = Set.of("settlement", "district");
    /** An event word this sure (triggers.tsv weight) tells an event where a weaker one only talks about it. */
    private static final double SURE_WORD = 0.6;
    /** The sentence scorer's probability from which a sentence naming its town reads as a report of its own. */
    static final double REPORT_LIKE = 0.6;

    @Override
    public String description() {
        return "a mention that gives no day or figure of its own, nor opens its sentence with its town, nor tells it by a sure word (not a battle's) at a town its place word names, nor names its town in a sentence the sentence scorer reads as a report, joins an event but never starts one";
    }

    boolean starts(Mention m) {
        return m.anchored() || opensWithItsTown(m) || namedAsATown(m);
    }

    /** Its own sentence names its town (or a finer place) and reads as a report ({@code sentenceScore}: {@link EventSentenceScorer}). */
    boolean readsAsAReport(Mention m, double sentenceScore) {
        return sentenceScore >= REPORT_LIKE && namesItsTown(m);
    }

    /**
     * "في مدينة الناصرية", "the village of X", "le quartier de X", told by a sure event word — not a battle's: a
     * campaign names its town as what it is for ("to retake the port city of Mokha", "عمليات تحرير مدينة الموصل"), and
     * of the 22 battles it added to the reported events of the tuning set 3 were gold events (of the other types 12 of 34).
     */
    private static boolean namedAsATown(Mention m) {
        return townAfterAPlaceWord(m) && TOWN_WORDS.contains(m.place().cueKind()) && m.trigger().weight() >= SURE_WORD
                && !AcledLabel.BATTLES.is(m.trigger().eventType());
    }

    private static boolean opensWithItsTown(Mention m) {
        return townAfterAPlaceWord(m) && m.place().charStart() - m.sentence().start() <= OPENING_CHARS;
    }

    /** Its own sentence names its town (or a finer place), after a place word or a preposition of place. */
    private static boolean townAfterAPlaceWord(Mention m) {
        return namesItsTown(m) && m.place().cueKind() != null;
    }

    /** Its own sentence names its town or a finer place. */
    private static boolean namesItsTown(Mention m) {
        return m.placeStated() && m.place() != null && m.place().specificity() >= 3;
    }
}
