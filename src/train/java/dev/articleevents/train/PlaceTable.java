package dev.articleevents.train;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceRecognizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.structure.ArticleDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every reading the recognizer considers in one annotated article, labelled from its gold events. A reading is
 * right when the gold names its place (score.py's name match on the text's words or the place's name) in the
 * same country; wrong when it is another reading of a name the gold uses for a place, or a place in a country
 * where the article has no event; otherwise unknown (a real place that is no event's place, perhaps) and not
 * trained on.
 */
record PlaceTable(String article, List<Row> rows) {
    enum Label { RIGHT, WRONG, UNKNOWN }

    /** span: the token where the matched name starts (readings of one name share it, names never share one). */
    record Row(int span, String surface, Place place, double[] features, Label label) {
    }

    /**
     * A town and the district or region named after it both match the gold's name (Benghazi and the Benghazi
     * district); the event is at the town (FORMAT.md: the most specific place named) unless the text calls it
     * the region ("محافظة حمص", "the province of Homs"): the other reading is then the wrong one.
     */
    private static List<Row> townsOverTheirAreas(List<Row> rows, Set<Integer> regionCued) {
        Set<Integer> townRight = new java.util.HashSet<>();
        Set<Integer> areaRight = new java.util.HashSet<>();
        for (Row r : rows) {
            if (r.label() == Label.RIGHT) {
                (r.place().isCity() ? townRight : areaRight).add(r.span());
            }
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            boolean both = townRight.contains(r.span()) && areaRight.contains(r.span());
            boolean wanted = regionCued.contains(r.span()) != r.place().isCity();
            out.add(r.label() == Label.RIGHT && both && !wanted ? new Row(r.span(), r.surface(), r.place(), r.features(), Label.WRONG) : r);
        }
        return out;
    }

    static PlaceTable of(GoldPlaces gold, PlaceRecognizer recognizer) throws IOException {
        ArticleDocument doc = gold.article().document();
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        String language = doc.language();
        Set<String> countries = gold.countries();
        List<Row> rows = new ArrayList<>();
        Set<Integer> regionCued = new java.util.HashSet<>();
        for (PlaceRecognizer.Reading r : recognizer.readings(doc)) {
            if (r.candidate().namesCountry()) {
                continue; // a country's name is read as the country without the scorer (PlaceRecognizer.accepted)
            }
            int span = r.candidate().start();
            if ("region".equals(r.candidate().cueKind())) {
                regionCued.add(span);
            }
            String surface = text.substring(r.candidate().charStart(), r.candidate().charEnd());
            Set<String> said = ScorerNames.names(surface);
            Set<String> known = ScorerNames.names(r.place().name());
            boolean goldSpan = false;
            boolean right = false;
            for (GoldPlaces.Location l : gold.locations()) {
                boolean saidHere = ScorerNames.match(said, l.names());
                goldSpan |= saidHere;
                right |= l.country().equals(r.place().country()) && (saidHere || ScorerNames.match(known, l.names()));
            }
            Label label = right ? Label.RIGHT : goldSpan || !countries.contains(r.place().country()) ? Label.WRONG : Label.UNKNOWN;
            rows.add(new Row(span, surface, r.place(), r.features(), label));
        }
        return new PlaceTable(gold.id(), townsOverTheirAreas(rows, regionCued));
    }
}
