package dev.articleevents.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scorer's features are the constants of an enum, in the order of its weights file; a weights file names each as its
 * constant written in lower case with hyphens ({@code DAYS_BEFORE_PUBLICATION} → {@code days-before-publication}).
 */
public final class FeatureNames {
    private FeatureNames() {
    }

    public static String of(Enum<?> feature) {
        return feature.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> of(List<? extends Enum<?>> features) {
        List<String> out = new ArrayList<>(features.size());
        for (Enum<?> f : features) {
            out.add(of(f));
        }
        return List.copyOf(out);
    }
}
