package dev.articleevents.train;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.geo.PlaceRecognizer;
import dev.articleevents.core.structure.ArticleDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The place-recall ceiling ({@code ./train places --ceiling}): of the gold events' places, the share the engine
 * could put an event at, whatever it does afterwards. Three levels, each counted as score.py matches names
 * ({@link ScorerNames}): the gold name is in the text at all; some gazetteer name of the text has a reading of
 * that name (a candidate, accepted or not); a place the recognizer accepted (or read from its cue word) has it.
 * The gap between the first two is names the gazetteer lacks; between the last two, readings the scorer refuses
 * or gets wrong. Only these aggregates are printed, so it may be run on the check set.
 */
final class PlaceCeiling {
    private PlaceCeiling() {
    }

    record Share(int locations, int inText, int candidate, int accepted) {
        String line(String set) {
            return String.format(Locale.ROOT, "%s: %d gold event places; named in the text %.3f, a gazetteer candidate "
                            + "%.3f, found by the recognizer %.3f", set, locations, share(inText), share(candidate), share(accepted));
        }

        private double share(int n) {
            return locations == 0 ? 0 : n / (double) locations;
        }
    }

    static Share measure(List<GoldPlaces> articles, PlaceRecognizer recognizer) throws IOException {
        int locations = 0;
        int inText = 0;
        int candidate = 0;
        int accepted = 0;
        for (GoldPlaces g : articles) {
            ArticleDocument doc = g.article().document();
            String text = ScorerNames.norm(doc.text());
            List<Set<String>> readings = new ArrayList<>();
            for (PlaceRecognizer.Reading r : recognizer.readings(doc)) {
                readings.add(ScorerNames.names(r.place().name(), doc.text().substring(r.candidate().charStart(), r.candidate().charEnd())));
            }
            List<Set<String>> found = new ArrayList<>();
            for (PlaceMention p : recognizer.find(doc.text(), doc.tokens(), 0, doc.tokens().size(), doc.language())) {
                found.add(ScorerNames.names(p.place() == null ? null : p.place().name(), p.surface()));
            }
            for (GoldPlaces.Location l : g.locations()) {
                locations++;
                inText += l.names().stream().anyMatch(n -> !n.isEmpty() && text.contains(n)) ? 1 : 0;
                candidate += readings.stream().anyMatch(r -> ScorerNames.match(r, l.names())) ? 1 : 0;
                accepted += found.stream().anyMatch(f -> ScorerNames.match(f, l.names())) ? 1 : 0;
            }
        }
        return new Share(locations, inText, candidate, accepted);
    }
}
