package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An annotated article of ../shared/eval and the places of its gold events (eval/FORMAT.md). */
record GoldPlaces(AnnotatedArticle article, List<Location> locations) {
    record Location(Set<String> names, String country) {
    }

    String id() {
        return article.id();
    }

    Set<String> countries() {
        Set<String> out = new HashSet<>();
        locations.forEach(l -> out.add(l.country()));
        return out;
    }

    static List<GoldPlaces> readAll(Path dir) throws IOException {
        List<GoldPlaces> out = new ArrayList<>();
        for (AnnotatedArticle a : AnnotatedArticle.readAll(dir)) {
            List<Location> locations = new ArrayList<>();
            for (JsonNode e : a.gold().path("events")) {
                JsonNode l = e.path("location");
                if (l.isMissingNode() || l.path("country").isMissingNode()) {
                    continue;
                }
                locations.add(new Location(ScorerNames.names(l.path("name").asText(null), l.path("nameInText").asText(null),
                        l.path("sublocation").asText(null)), l.path("country").asText()));
            }
            out.add(new GoldPlaces(a, locations));
        }
        return out;
    }
}
