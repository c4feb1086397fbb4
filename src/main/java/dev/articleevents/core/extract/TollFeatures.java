package dev.articleevents.core.extract;

import dev.articleevents.core.model.Span;
import dev.articleevents.core.scoring.FeatureNames;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence that an exact death toll a sentence gives is the toll of the event it was grouped into — not a
 * running total ("more than 350 killed since the offensive began"), the dead of another incident the paragraph
 * goes on to, or one side's share of a larger figure. Named features, each a constant of {@link Feature} and
 * its case in {@link #value}, values in [0, 1]; the weights are fitted on annotated articles (./train tolls) and
 * read by {@link TollScorer}; the order of {@link #ALL} is the order of the weights file.
 */
public final class TollFeatures {
    private TollFeatures() {
    }

    /**
     * One exact toll of an assembled event: the figure, the mention whose sentence gives it, the event's tolls, the
     * cue kinds of the toll's sentence ({@link EventContextCues}) and how likely that sentence reports an event
     * ({@link EventSentenceScorer}).
     */
    public record Toll(CasualtyFigure figure, Mention mention, EventTolls event, int textLength, Set<String> cues, double sentenceScore) {
        int count() {
            return figure.count().value();
        }
    }

    /**
     * What the features compare a toll with, read once per event (a 1 MB article made one event of thousands of
     * sentences, and comparing each toll with every other was quadratic): the event's exact tolls' values, the
     * sentences each value is told in, how many sentences told the event and where its first one starts.
     */
    public record EventTolls(int highest, int smallestPositive, int distinctValues, Map<Integer, Set<Span>> sentencesByValue,
                             int sentences, int firstSentenceStart) {
        public static EventTolls of(List<Mention> mentions) {
            int highest = Integer.MIN_VALUE;
            int smallestPositive = 0;
            Map<Integer, Set<Span>> byValue = new HashMap<>();
            Set<Span> sentences = new HashSet<>();
            for (Mention m : mentions) {
                sentences.add(m.sentence());
                for (CasualtyFigure f : m.casualties()) {
                    if (isExactKilled(f)) {
                        int v = f.count().value();
                        highest = Math.max(highest, v);
                        if (v > 0 && (smallestPositive == 0 || v < smallestPositive)) {
                            smallestPositive = v;
                        }
                        byValue.computeIfAbsent(v, k -> new HashSet<>()).add(m.sentence());
                    }
                }
            }
            return new EventTolls(highest, smallestPositive, byValue.size(), byValue, sentences.size(),
                    mentions.isEmpty() ? 0 : mentions.get(0).sentence().start());
        }
    }

    /** The features, in the order of the weights file (named there as {@link FeatureNames} says); {@link #value} computes each. */
    public enum Feature {
        SIZE,
        LARGEST_OF_EVENT,
        TIMES_SMALLEST,
        FIGURES_DISAGREE,
        CORROBORATED,
        LOWER_BOUND,
        ONE_SIDE,
        IN_HEADLINE,
        FIRST_SENTENCE_OF_EVENT,
        LENT_BY_PREVIOUS,
        TRIGGER_WEIGHT,
        DAY_KNOWN,
        PLACE_STATED,
        ATTRIBUTED,
        EVENT_SENTENCES,
        POSITION,
        AFTER_FIRST_SENTENCE,
        LATER_STORY,
        RUNNING_TOTAL_CUE,
        REVISED_TOLL_CUE,
        BACKGROUND_CUE,
        QUOTED,
        REPORTING_SENTENCE
    }

    public static final List<Feature> ALL = List.of(Feature.values());

    public static List<String> names() {
        return FeatureNames.of(ALL);
    }

    public static double[] vector(Toll t) {
        double[] x = new double[ALL.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = value(ALL.get(i), t);
        }
        return x;
    }

    // one switch rather than a lambda per feature: the JVM spins a class for every lambda when it first meets it,
    // about 0.3 ms each in a fresh JVM, and the three scorers' features were 86 of them at every start
    static double value(Feature f, Toll t) {
        return switch (f) {
            case SIZE -> size(t);
            case LARGEST_OF_EVENT -> flag(t.count() >= t.event().highest());
            case TIMES_SMALLEST -> timesSmallest(t);
            case FIGURES_DISAGREE -> flag(t.event().distinctValues() > 1);
            case CORROBORATED -> corroborated(t);
            case LOWER_BOUND -> flag("lower-bound".equals(t.figure().count().kind()));
            case ONE_SIDE -> flag(t.figure().group() != null);
            case IN_HEADLINE -> flag(t.mention().headline());
            case FIRST_SENTENCE_OF_EVENT -> flag(t.mention().sentence().start() == t.event().firstSentenceStart());
            case LENT_BY_PREVIOUS -> flag(t.mention().follows() != null);
            case TRIGGER_WEIGHT -> t.mention().trigger().weight();
            case DAY_KNOWN -> flag(t.mention().dateKnown() && !t.mention().vagueDate());
            case PLACE_STATED -> flag(t.mention().placeStated());
            case ATTRIBUTED -> flag(!t.mention().sources().isEmpty());
            case EVENT_SENTENCES -> eventSentences(t);
            case POSITION -> t.textLength() == 0 ? 0 : Math.min(1, t.mention().sentence().start() / (double) t.textLength());
            case AFTER_FIRST_SENTENCE -> afterFirstSentence(t);
            case LATER_STORY -> flag(t.mention().story() > 0);
            case RUNNING_TOTAL_CUE -> flag(t.cues().contains(EventContextCues.TOTAL));
            case REVISED_TOLL_CUE -> flag(t.cues().contains(EventContextCues.UPDATE));
            case BACKGROUND_CUE -> flag(t.cues().contains("background"));
            case QUOTED -> flag(t.cues().contains(EventContextCues.QUOTED));
            case REPORTING_SENTENCE -> t.sentenceScore();
        };
    }

    /** The count on a log scale (1 → 0, 1000 or more → 1): running totals are large. */
    static double size(Toll t) {
        return Math.min(1, Math.log1p(Math.max(0, t.count())) / Math.log(1001));
    }

    /**
     * How many times the event's smallest other exact toll this one is, on a log scale (same or smaller → 0, 100× →
     * 1); a toll above the event's smallest is above another toll's, so the event's smallest is the one compared.
     */
    static double timesSmallest(Toll t) {
        int smallest = t.event().smallestPositive();
        if (smallest == 0 || t.count() <= smallest) {
            return 0;
        }
        return Math.min(1, Math.log(t.count() / (double) smallest) / Math.log(100));
    }

    /** Another sentence of the event gives the same toll. */
    static double corroborated(Toll t) {
        Set<Span> told = t.event().sentencesByValue().getOrDefault(t.count(), Set.of());
        return flag(told.size() > 1 || told.size() == 1 && !told.contains(t.mention().sentence()));
    }

    /** How many sentences told the event, on a log scale (1 → 0, 8 or more → 1). */
    static double eventSentences(Toll t) {
        return Math.min(1, Math.log(t.event().sentences()) / Math.log(8));
    }

    /** How far after the event's first sentence the toll's sentence stands, in characters over 2000 (capped at 1). */
    static double afterFirstSentence(Toll t) {
        int gap = t.mention().sentence().start() - t.event().firstSentenceStart();
        return Math.max(0, Math.min(1, gap / 2000.0));
    }

    /** A toll this decision weighs: the dead, counted exactly (vague figures and attackers are taken as they are). */
    static boolean isExactKilled(CasualtyFigure f) {
        return CasualtyFigure.KILLED.equals(f.kind()) && f.count().value() != null;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
