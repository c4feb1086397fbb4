package dev.articleevents.core.structure;

import dev.articleevents.core.language.Joiners;
import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paragraph opens with a dateline's shape — "KABUL, Afghanistan (AP) —", "Islamabad, Pakistan – ",
 * "TUNIS, 15 avril (Reuters) -", "دبي، الإمارات العربية المتحدة (CNN)--", "(JOHANNESBURG) — ": up to three short
 * comma-separated parts (a place, its country or region, a date), an optional agency in brackets, then a dash. The
 * shape is typographic and the same in the three languages. It says where the reporter was, not what the story is
 * about; whether a place the recognizer found opens it is the extractor's to check. The commas are the list commas of
 * {@link Joiners} (language/joiners.tsv).
 */
public final class DatelineHeads {
    /** The first part is a name; the next ones may also be a date ("12 mai"). */
    private static final String NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N} .'’-]{0,40}?";
    private static final String PART = "[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .'’-]{0,40}?";
    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*\\(?\\s*" + NAME + "\\s*\\)?(?:\\s*" + Joiners.commaPattern() + "\\s*" + PART + "){0,2}\\s*(?:\\([^()\\n]{1,30}\\))?\\s*(?:--|—|–|-)");
    /** How far into a paragraph a dateline may reach. */
    private static final int HEAD_CHARS = 160;

    private DatelineHeads() {
    }

    /**
     * The dateline at the start of each paragraph that has one, from the paragraph's start to the dash's end. Read
     * once, by the structurer: {@link Article#datelineHeads()}.
     */
    static List<Span> of(String text, List<Block> blocks) {
        List<Span> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            int start = block.span().start();
            Matcher m = SHAPE.matcher(text.substring(start, Math.min(block.span().end(), start + HEAD_CHARS)));
            if (m.find()) {
                out.add(new Span(start, start + m.end()));
            }
        }
        return List.copyOf(out);
    }
}
