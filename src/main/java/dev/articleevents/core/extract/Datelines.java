package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.TokenIndex;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.Block;
import dev.articleevents.core.structure.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: the place a report was filed from, opening a paragraph before a dash — "KABUL, Afghanistan (AP) —",
 * "Islamabad, Pakistan – ", "TUNIS, 15 avril (Reuters) -", "دبي، الإمارات العربية المتحدة (CNN)--",
 * "(JOHANNESBURG) — ". The shape is typographic and the same in the three languages: up to three short
 * comma-separated parts (a place, its country or region, a date), an optional agency in brackets, then a dash.
 * It counts only when a place the recognizer found opens it. Such a place says where the reporter was; it is
 * the place of an event only when the text names it again for the event (FORMAT.md), so the places inside a
 * dateline are kept apart from the places events happen at.
 */
final class Datelines {
    /** The first part is a name; the next ones may also be a date ("12 mai"). */
    private static final String NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N} .'’-]{0,40}?";
    private static final String PART = "[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .'’-]{0,40}?";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\(?\\s*" + NAME + "\\s*\\)?(?:\\s*" + Joiners.commaPattern() + "\\s*" + PART + "){0,2}\\s*(?:\\([^()\\n]{1,30}\\))?\\s*(?:--|—|–|-)");

    private Datelines() {
    }

    /** The places lying in a dateline at the start of a paragraph, in text order. */
    static List<PlaceMention> places(Article article, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>();
        for (Block block : article.blocks()) {
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            int start = block.span().start();
            String head = article.text().substring(start, Math.min(block.span().end(), start + 160));
            Matcher m = DATELINE.matcher(head);
            if (!m.find()) {
                continue;
            }
            int end = start + m.end();
            int opening = start + leadingSpaceAndBracket(head);
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
