package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.TokenIndex;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Datelines: the place a report was filed from, opening a paragraph before a dash — "KABUL, Afghanistan (AP) —",
 * "Islamabad, Pakistan – ", "TUNIS, 15 avril (Reuters) -", "دبي، الإمارات العربية المتحدة (CNN)--",
 * "(JOHANNESBURG) — " ({@link Article#datelineHeads()}: the shape is typographic and the same in the three languages).
 * It counts only when a place the recognizer found opens it. Such a place says where the reporter was; it is
 * the place of an event only when the text names it again for the event (FORMAT.md), so the places inside a
 * dateline are kept apart from the places events happen at.
 */
final class Datelines {
    private Datelines() {
    }

    /** The places lying in a dateline at the start of a paragraph, in text order. */
    static List<PlaceMention> places(Article article, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>();
        for (Span head : article.datelineHeads()) {
            int start = head.start();
            int end = head.end();
            int opening = start + leadingSpaceAndBracket(article.text().substring(start, end));
            List<PlaceMention> inside = new ArrayList<>();
            for (int i = TokenIndex.firstAtOrAfter(places, PlaceMention::charStart, start);
                 i < places.size() && places.get(i).charEnd() <= end; i++) {
                inside.add(places.get(i));
            }
            if (!inside.isEmpty() && inside.get(0).charStart() == opening && inside.get(0).place() != null) {
                out.addAll(inside);
            }
        }
        return out;
    }

    private static int leadingSpaceAndBracket(String head) {
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '(')) {
            i++;
        }
        return i;
    }
}
