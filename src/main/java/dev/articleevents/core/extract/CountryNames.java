package dev.articleevents.core.extract;

import dev.articleevents.core.resource.TsvResource;

import java.util.HashSet;
import java.util.Set;

/** Country names as they stand after "of" in actor names: "the United States", "Libya" (lexicon/countries-with-article.tsv). */
final class CountryNames {
    private static final Set<String> WITH_ARTICLE = load();

    private CountryNames() {
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String[] row : TsvResource.rows("lexicon/countries-with-article.tsv", 1)) {
            names.add(row[0]);
        }
        return names;
    }

    static String afterOf(String country) {
        return WITH_ARTICLE.contains(country) ? "the " + country : country;
    }
}
