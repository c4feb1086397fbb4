package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** An annotated article of ../shared/eval: its text and the places of its gold events (eval/FORMAT.md). */
record GoldPlaces(String id, Path text, List<Location> locations) {
    record Location(Set<String> names, String country) {
    }

    Set<String> countries() {
        Set<String> out = new HashSet<>();
        locations.forEach(l -> out.add(l.country()));
        return out;
    }

    static List<GoldPlaces> readAll(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldPlaces> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                String id = gold.getFileName().toString().replace(".gold.json", "");
                Path text = gold.resolveSibling(id + ".txt");
                if (!Files.exists(text)) {
                    continue;
                }
                List<Location> locations = new ArrayList<>();
                for (JsonNode e : json.readTree(gold.toFile()).path("events")) {
                    JsonNode l = e.path("location");
                    if (l.isMissingNode() || l.path("country").isMissingNode()) {
                        continue;
                    }
                    locations.add(new Location(ScorerNames.names(l.path("name").asText(null), l.path("nameInText").asText(null),
                            l.path("sublocation").asText(null)), l.path("country").asText()));
                }
                out.add(new GoldPlaces(id, text, locations));
            }
        }
        return out;
    }
}
