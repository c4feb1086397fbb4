package dev.articleevents.core.geo;

import dev.articleevents.core.lexicon.ReportingVerbs;
import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole article says that bears on one name's reading: the countries it is about (its country
 * focus), places that can only be one place (anchors, for distances), the regions it names, and the words it
 * uses as ordinary words. Built once per article from all candidates; a candidate never counts as evidence for
 * itself (its own share is taken out of the focus, and it is never its own anchor).
 */
public final class PlaceEvidence {
    /** A name in the title or lead weighs this much more than one further down. */
    static final double LEAD_WEIGHT = 2;
    /** The lead: the first characters of the text, where the title and the first sentence stand. */
    static final int LEAD_CHARS = 400;

    final String text;
    final List<Token> tokens;
    final String language;
    final List<PlaceCandidate> candidates;
    final Map<String, Double> countryWeight = new HashMap<>();
    /** Per name: what all its mentions add to the focus (a name repeated never vouches for itself). */
    final Map<String, Double> ownWeight = new HashMap<>();
    /** Where (candidate start) a person's title stands before a name, and where a capitalised word is glued to it. */
    final Set<Integer> titledAt = new HashSet<>();
    final Set<Integer> nameNeighbourAt = new HashSet<>();
    /** Names that somewhere in the article stand next to a person's title or another capitalised name. */
    final Set<String> personNames = new HashSet<>();
    /** How many words may stand between a verb of saying and the name ("told reporters in Kabul"). */
    static final int SAID_REACH = 3;
    /** Where (candidate start) a verb of saying stands a few words before the name ("said in Washington"). */
    final Set<Integer> saidAt = new HashSet<>();
    double totalWeight;
    /**
     * Places that can only be one place, once each (a name repeated a thousand times is one anchor): the
     * distance to the nearest is asked for every reading of every mention, so it must not grow with repetition.
     */
    private final Set<Anchor> anchors = new java.util.LinkedHashSet<>();
    /** The nearest-anchor distance per name and reading: a name repeated asks the same question again. */
    private final Map<String, Double> kmByNameAndReading = new HashMap<>();
    final Set<String> regionNames = new HashSet<>();
    final Map<String, List<Integer>> countryNamedAt = new HashMap<>();
    final Set<String> ordinaryForms = new HashSet<>();
    final Map<String, Integer> keyCount = new HashMap<>();
    private final Map<String, String> topCountryByKey = new HashMap<>();
    final PersonContext people;

    /** @param filedFrom the article's datelines: the names in them count for no country focus */
    PlaceEvidence(String text, List<Token> tokens, String language, List<PlaceCandidate> candidates, PersonContext people,
                  ReportingVerbs speech, List<Span> filedFrom) {
        this.text = text;
        this.tokens = tokens;
        this.language = language;
        this.candidates = candidates;
        this.people = people;
        for (PlaceCandidate c : candidates) {
            keyCount.merge(c.key(), 1, Integer::sum);
            // a country's name is that country, whatever towns abroad share it ("Armenia", a city in Colombia)
            String named = c.countryNamed();
            String cc = named != null ? named : c.onlyCountry();
            if (named != null) {
                countryNamedAt.computeIfAbsent(cc, k -> new ArrayList<>()).add(c.start());
            }
            if (cc == null || c.ordinaryWord() || inAny(filedFrom, c)) {
                continue;
            }
            double w = (named != null ? 2 : 1) * (c.charStart() < LEAD_CHARS ? LEAD_WEIGHT : 1);
            countryWeight.merge(cc, w, Double::sum);
            ownWeight.merge(c.key(), w, Double::sum);
            totalWeight += w;
            if (c.places().size() == 1 && named == null && c.places().get(0).lat() != null) {
                Place only = c.places().get(0);
                anchors.add(new Anchor(c.key(), only.lat(), only.lon()));
            }
            for (Place p : c.places()) {
                if ("region".equals(p.kind())) {
                    regionNames.add(p.country() + "/" + p.name());
                }
            }
        }
        Set<Integer> afterVerbs = candidates.isEmpty() ? Set.of() : speech.ends(tokens, language);
        for (PlaceCandidate c : candidates) {
            for (int k = c.start(); k >= Math.max(0, c.start() - SAID_REACH); k--) {
                if (afterVerbs.contains(k)) {
                    saidAt.add(c.start());
                    break;
                }
            }
            boolean titled = people.titleBefore(tokens, c.start(), language);
            boolean neighboured = nameNeighbour(c);
            if (titled) {
                titledAt.add(c.start());
            }
            if (neighboured) {
                nameNeighbourAt.add(c.start());
            }
            if (titled || neighboured) {
                personNames.add(c.key());
            }
        }
        collectOrdinaryForms();
    }

    private static boolean inAny(List<Span> spans, PlaceCandidate c) {
        for (Span s : spans) {
            if (c.charStart() >= s.start() && c.charEnd() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The words the article uses as common words: written small (Latin), or with the article (Arabic, bare). */
    private void collectOrdinaryForms() {
        boolean latin = !"ar".equals(language);
        for (Token t : tokens) {
            if (latin && !t.surface().isEmpty() && Character.isLowerCase(t.surface().charAt(0))) {
                ordinaryForms.add(t.norm());
            } else if (!latin) {
                String bare = ArabicProclitics.table().withoutArticle(t.norm());
                if (bare != null) {
                    ordinaryForms.add(bare);
                }
            }
        }
    }

    /**
     * Latin script: a capitalised word glued to the name that is not part of it ("Jordan Peterson", "Sarah
     * Paris") — the name is then likely part of a person's or organisation's name.
     */
    private boolean nameNeighbour(PlaceCandidate c) {
        if ("ar".equals(language)) {
            return false;
        }
        boolean after = c.end() < tokens.size() && tokens.get(c.end()).start() - tokens.get(c.end() - 1).end() == 1
                && Passage.capitalised(tokens.get(c.end()));
        boolean before = c.start() > 0 && !startsSentence(c.start() - 1)
                && tokens.get(c.start()).start() - tokens.get(c.start() - 1).end() == 1 && Passage.capitalised(tokens.get(c.start() - 1));
        return after || before;
    }

    /** Token i opens a sentence: first of the text, or after a full stop, line break, !, ?, colon or dash. */
    boolean startsSentence(int i) {
        if (i == 0) {
            return true;
        }
        String between = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
        return between.contains(".") || between.contains("\n") || between.contains("!") || between.contains("?")
                || between.contains(":") || between.contains("—");
    }

    /** The share of the article's country evidence that points to this country, the candidate's own taken out. */
    double focusShare(PlaceCandidate c, String country) {
        double own = ownWeight.getOrDefault(c.key(), 0.0);
        double rest = totalWeight - own;
        if (rest <= 0) {
            return 0;
        }
        double forCountry = countryWeight.getOrDefault(country, 0.0) - (country.equals(c.onlyCountry()) ? own : 0);
        return Math.max(0, forCountry) / rest;
    }

    /**
     * The country the article's evidence points to most, the candidate's own taken out; null without evidence.
     * It depends on the name only, so it is worked out once per name, not for each of its readings.
     */
    String topCountry(PlaceCandidate c) {
        if (topCountryByKey.containsKey(c.key())) {
            return topCountryByKey.get(c.key());
        }
        String best = null;
        double bestShare = 0;
        for (String cc : countryWeight.keySet()) {
            double share = focusShare(c, cc);
            if (share > bestShare) {
                bestShare = share;
                best = cc;
            }
        }
        topCountryByKey.put(c.key(), best);
        return best;
    }

    private record Anchor(String key, double lat, double lon) {
    }

    /** Kilometres from the place to the nearest anchor named under another name; -1 without one. */
    double kmToNearestAnchor(PlaceCandidate c, Place p) {
        if (p.lat() == null) {
            return -1;
        }
        return kmByNameAndReading.computeIfAbsent(c.key() + '\u0000' + p.lat() + ',' + p.lon(), k -> nearestAnchorKm(c.key(), p));
    }

    private double nearestAnchorKm(String key, Place p) {
        double best = -1;
        for (Anchor a : anchors) {
            if (a.key().equals(key)) {
                continue;
            }
            double km = Distances.km(p.lat(), p.lon(), a.lat(), a.lon());
            if (best < 0 || km < best) {
                best = km;
            }
        }
        return best;
    }
}
