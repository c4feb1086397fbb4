package dev.articleevents.core.geo;

import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.scoring.FeatureNames;

import java.util.List;

/**
 * The evidence for reading a matched name as one particular place: named features, each a constant of
 * {@link Feature} and its case in {@link #value}. Values lie in [0, 1] so that fitted weights compare. The weights are fitted on annotated articles (./train places)
 * and read by {@link PlaceScorer}; the order of {@link #ALL} is the order of the weights file.
 */
public final class PlaceFeatures {
    private PlaceFeatures() {
    }

    /** The features, in the order of the weights file (named there as {@link FeatureNames} says); {@link #value} computes each. */
    public enum Feature {
        COUNTRY,
        ADMIN1,
        DISTRICT,
        CAPITAL,
        FIRST_ORDER_SEAT,
        LOWER_SEAT,
        LOG_POPULATION,
        PRIMARY_NAME,
        HOMONYMS,
        FOCUS_SHARE,
        FOCUS_TOP,
        COUNTRY_NAMED_NEARBY,
        NAMING_CUE,
        IN_CUE,
        REGION_CUE_ON_REGION,
        CAPITALISED_MID_SENTENCE,
        SENTENCE_START,
        ORDINARY_WORD,
        ALSO_COMMON_FORM,
        PERSON_TITLE_BEFORE,
        NAME_NEIGHBOUR,
        PERSON_NAME_ELSEWHERE,
        DEMONYM_SHAPE,
        NEAR_ANCHOR,
        REGION_NAMED,
        MULTIWORD,
        SHORT_NAME,
        REPEATED,
        ARABIC,
        GLUED_PREPOSITION,
        SAID_BEFORE
    }

    public static final List<Feature> ALL = List.of(Feature.values());

    public static List<String> names() {
        return FeatureNames.of(ALL);
    }

    public static double[] vector(PlaceCandidate c, Place p, PlaceEvidence e) {
        double[] x = new double[ALL.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = value(ALL.get(i), c, p, e);
        }
        return x;
    }

    // one switch rather than a lambda per feature: the JVM spins a class for every lambda when it first meets it,
    // about 0.3 ms each in a fresh JVM, and the three scorers' features were 86 of them at every start
    static double value(Feature f, PlaceCandidate c, Place p, PlaceEvidence e) {
        return switch (f) {
            case COUNTRY -> country(c, p, e);
            case ADMIN1 -> admin1(c, p, e);
            case DISTRICT -> district(c, p, e);
            case CAPITAL -> capital(c, p, e);
            case FIRST_ORDER_SEAT -> firstOrderSeat(c, p, e);
            case LOWER_SEAT -> lowerSeat(c, p, e);
            case LOG_POPULATION -> logPopulation(c, p, e);
            case PRIMARY_NAME -> primaryName(c, p, e);
            case HOMONYMS -> homonyms(c, p, e);
            case FOCUS_SHARE -> focusShare(c, p, e);
            case FOCUS_TOP -> focusTop(c, p, e);
            case COUNTRY_NAMED_NEARBY -> countryNamedNearby(c, p, e);
            case NAMING_CUE -> namingCue(c, p, e);
            case IN_CUE -> inCue(c, p, e);
            case REGION_CUE_ON_REGION -> regionCueOnRegion(c, p, e);
            case CAPITALISED_MID_SENTENCE -> capitalisedMidSentence(c, p, e);
            case SENTENCE_START -> sentenceStart(c, p, e);
            case ORDINARY_WORD -> ordinaryWord(c, p, e);
            case ALSO_COMMON_FORM -> alsoCommonForm(c, p, e);
            case PERSON_TITLE_BEFORE -> personTitleBefore(c, p, e);
            case NAME_NEIGHBOUR -> nameNeighbour(c, p, e);
            case PERSON_NAME_ELSEWHERE -> personNameElsewhere(c, p, e);
            case DEMONYM_SHAPE -> demonymShape(c, p, e);
            case NEAR_ANCHOR -> nearAnchor(c, p, e);
            case REGION_NAMED -> regionNamed(c, p, e);
            case MULTIWORD -> multiword(c, p, e);
            case SHORT_NAME -> shortName(c, p, e);
            case REPEATED -> repeated(c, p, e);
            case ARABIC -> arabic(c, p, e);
            case GLUED_PREPOSITION -> gluedPreposition(c, p, e);
            case SAID_BEFORE -> saidBefore(c, p, e);
        };
    }

    static double country(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(p.isCountry());
    }

    static double admin1(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("region".equals(p.kind()));
    }

    static double district(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("district".equals(p.kind()));
    }

    static double capital(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("PPLC".equals(p.featureCode()));
    }

    static double firstOrderSeat(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("PPLA".equals(p.featureCode()));
    }

    static double lowerSeat(PlaceCandidate c, Place p, PlaceEvidence e) {
        String fc = p.featureCode();
        return flag(fc != null && fc.startsWith("PPLA") && fc.length() == 5);
    }

    /** log10 of the population over 7 (10 million people → 1); 0 for unknown. */
    static double logPopulation(PlaceCandidate c, Place p, PlaceEvidence e) {
        return Math.min(1, Math.log10(p.population() + 1) / 7);
    }

    static double primaryName(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(c.primaryName());
    }

    /** How many places share the name, on a log scale (1 place → 0, 16 or more → 1). */
    static double homonyms(PlaceCandidate c, Place p, PlaceEvidence e) {
        return Math.min(1, Math.log(c.places().size()) / Math.log(16));
    }

    static double focusShare(PlaceCandidate c, Place p, PlaceEvidence e) {
        return e.focusShare(c, p.country());
    }

    static double focusTop(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(p.country().equals(e.topCountry(c)));
    }

    /** The place's country is named within 30 words ("Homs, Syria"; "بلدة X في سوريا"). */
    static double countryNamedNearby(PlaceCandidate c, Place p, PlaceEvidence e) {
        if (p.isCountry()) {
            return 0;
        }
        for (int at : e.countryNamedAt.getOrDefault(p.country(), List.of())) {
            if (at != c.start() && Math.abs(at - c.start()) <= 30) {
                return 1;
            }
        }
        return 0;
    }

    /** A place word before the name ("مدينة", "the village of", "près de"), not merely "in". */
    static double namingCue(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(c.cueKind() != null && !"in".equals(c.cueKind()) && !"direction".equals(c.cueKind()));
    }

    /** "محافظة حمص", "the province of Homs": the text names the region, not the town of the same name. */
    static double regionCueOnRegion(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("region".equals(c.cueKind()) && !p.isCity());
    }

    static double inCue(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("in".equals(c.cueKind()));
    }

    /** Latin script: capitalised where a common word would not be (not the first word of a sentence). */
    static double capitalisedMidSentence(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(!"ar".equals(e.language) && !e.startsSentence(c.start()));
    }

    static double sentenceStart(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.startsSentence(c.start()));
    }

    static double ordinaryWord(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(c.ordinaryWord());
    }

    /** The same word is used elsewhere in the article as a common word: written small (Latin), with the article (Arabic). */
    static double alsoCommonForm(PlaceCandidate c, Place p, PlaceEvidence e) {
        if (c.end() - c.start() != 1 || ArabicProclitics.table().writtenWithArticle(c.key())) {
            return 0;
        }
        return flag(e.ordinaryForms.contains(c.key()) || e.ordinaryForms.contains(e.tokens.get(c.start()).norm()));
    }

    static double personTitleBefore(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.titledAt.contains(c.start()));
    }

    /** Latin script: a capitalised word glued to the name that is not part of it ("Jordan Peterson", "Sarah Paris"). */
    static double nameNeighbour(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.nameNeighbourAt.contains(c.start()));
    }

    /** One sense per article: "President Juan Manuel Santos … Santos told" — the bare later mention is the person too. */
    static double personNameElsewhere(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.personNames.contains(c.key()));
    }

    static double demonymShape(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.people.demonymShape(e.tokens, c.start(), c.end(), e.language));
    }

    /** Closeness to a place the article names that can only be one place: 1 at 0 km, 0 at 10 000 km or with none. */
    static double nearAnchor(PlaceCandidate c, Place p, PlaceEvidence e) {
        double km = e.kmToNearestAnchor(c, p);
        return km < 0 ? 0 : Math.max(0, 1 - Math.log10(km + 1) / 4);
    }

    /** The place's first-level region is also named in the article ("Homs … Homs province", "Kidal, in northern Mali"). */
    static double regionNamed(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(p.admin1() != null && !"region".equals(p.kind()) && e.regionNames.contains(p.country() + "/" + p.admin1()));
    }

    static double multiword(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(c.end() - c.start() > 1);
    }

    /** Names of four letters or fewer: many are also ordinary words or name parts. */
    static double shortName(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(c.key().length() <= 4);
    }

    static double repeated(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.keyCount.getOrDefault(c.key(), 0) > 1);
    }

    static double arabic(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag("ar".equals(e.language));
    }

    /**
     * Arabic: the name was read only after taking a glued ب or ل off the word ("بحلب" in Aleppo, but also
     * "باكرا" early, read as ب + Accra).
     */
    static double gluedPreposition(PlaceCandidate c, Place p, PlaceEvidence e) {
        if (!"ar".equals(e.language)) {
            return 0;
        }
        String word = e.tokens.get(c.start()).norm();
        if (!c.key().startsWith(word)) {
            word = ArabicProclitics.table().withoutConjunction(word);
        }
        return flag(!c.key().startsWith(word));
    }

    /** A verb of saying a few words before ("said in Washington", "a déclaré à Paris"): where someone spoke. */
    static double saidBefore(PlaceCandidate c, Place p, PlaceEvidence e) {
        return flag(e.saidAt.contains(c.start()));
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
