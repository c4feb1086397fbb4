package dev.articleevents.core.structure;

import dev.articleevents.core.language.LanguageProfile;
import dev.articleevents.core.language.SentenceSplitter;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.resource.TsvResource;
import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts text into blocks (one per non-blank line) and labels them.
 * <ul>
 *   <li>source line: starts with a source cue ("المصدر:", "Source:") or is only an agency credit;</li>
 *   <li>caption: a short line that repeats elsewhere in the file, or carries a photo marker (أرشيف, Photo:),
 *       or sits in a run of short unpunctuated lines with such a caption;</li>
 *   <li>title: the first block when it is short, unpunctuated and not a caption;</li>
 *   <li>heading: any later short line without final punctuation;</li>
 *   <li>paragraph: the rest.</li>
 * </ul>
 * A source line followed by more paragraphs closes a story: the next paragraphs belong to the next story
 * (wire compilations such as the reference article hold several).
 */
public final class ArticleStructurer {
    private static final int SHORT_LINE_WORDS = 14;
    private static final int TITLE_MAX_WORDS = 30;
    /** Lines are labelled before their language is known: every language's marks. */
    private static final LanguageProfile.Marks MARKS = LanguageProfile.anyLanguage().marks();
    private final List<String> sourcePrefixes = new ArrayList<>();
    private final List<String> captionMarkers = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private final List<String> creditAgencies = new ArrayList<>();

    public ArticleStructurer() {
        for (String[] row : TsvResource.rows("lexicon/structure-cues.tsv", 3)) {
            String pattern = TextNormalizer.normalize(row[2]);
            switch (row[1]) {
                case "source-line" -> sourcePrefixes.add(pattern);
                case "caption-marker" -> captionMarkers.add(pattern);
                case "boilerplate" -> boilerplate.add(words(pattern));
                case "credit-agency" -> creditAgencies.add(pattern);
                default -> { /* datelines are read by the source extractor */ }
            }
        }
    }

    public Article structure(String text) {
        List<Span> lines = lines(text);
        Map<String, Integer> repeats = new HashMap<>();
        String[] keys = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            keys[i] = key(text, lines.get(i)); // normalised once: every rule below compares lines by it
            repeats.merge(keys[i], 1, Integer::sum);
        }
        BlockKind[] kinds = new BlockKind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            kinds[i] = classify(text, lines.get(i), keys[i], repeats);
        }
        spreadCaptions(text, lines, keys, kinds);
        for (int i = 1; i < lines.size(); i++) {
            // "Brian Inganga—AP" under a photo: the text just above it, however long, is that photo's caption
            if (isPhotoCredit(text, lines.get(i), keys[i]) && kinds[i - 1] == BlockKind.PARAGRAPH && adjacent(text, lines.get(i - 1), lines.get(i))) {
                kinds[i] = BlockKind.CAPTION;
                kinds[i - 1] = BlockKind.CAPTION;
            }
        }
        markTitleAndHeadings(text, lines, keys, kinds);

        List<Block> blocks = new ArrayList<>();
        int story = 0;
        boolean storyHasParagraph = false;
        boolean closeStory = false;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (kinds[i] == BlockKind.PARAGRAPH || kinds[i] == BlockKind.HEADING) {
                if (closeStory && storyHasParagraph) {
                    story++;
                    storyHasParagraph = false;
                }
                closeStory = false;
                storyHasParagraph |= kinds[i] == BlockKind.PARAGRAPH;
            }
            if (kinds[i] == BlockKind.SOURCE_LINE) {
                closeStory = true;
            }
            List<Span> sentences = kinds[i] == BlockKind.PARAGRAPH ? SentenceSplitter.split(text, line) : List.of(line);
            blocks.add(new Block(kinds[i], line, story, sentences));
        }
        return new Article(text, List.copyOf(blocks), story + 1, DatelineHeads.of(text, blocks));
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && isBlank(text.charAt(s))) {
                    s++;
                }
                while (e > s && isBlank(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    lines.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
    }

    private static String key(String text, Span line) {
        return words(TextNormalizer.normalize(text.substring(line.start(), line.end())));
    }

    /** The words of a normalised line joined by single spaces (a loop, not a regex: it runs on every line). */
    private static String words(String norm) {
        StringBuilder out = new StringBuilder(norm.length());
        boolean gap = false;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private BlockKind classify(String text, Span line, String bare, Map<String, Integer> repeats) {
        String norm = TextNormalizer.normalize(text.substring(line.start(), line.end())).strip();
        for (String prefix : sourcePrefixes) {
            if (norm.startsWith(prefix) && (norm.length() - prefix.length() < 60)) {
                return BlockKind.SOURCE_LINE;
            }
        }
        for (String b : boilerplate) {
            if (bare.equals(b)) {
                return BlockKind.BOILERPLATE;
            }
        }
        int words = wordCount(bare);
        if (words <= SHORT_LINE_WORDS && !endsWithSentencePunctuation(text, line)) {
            if (repeats.getOrDefault(bare, 0) > 1) {
                return BlockKind.CAPTION;
            }
            for (String marker : captionMarkers) {
                if (norm.contains(marker)) {
                    return BlockKind.CAPTION;
                }
            }
        } else if (words <= SHORT_LINE_WORDS) {
            for (String marker : captionMarkers) {
                if (norm.endsWith(marker) || norm.endsWith(marker + ".")) {
                    return BlockKind.CAPTION;
                }
            }
        }
        return BlockKind.PARAGRAPH;
    }

    /** A photographer's credit: a short line ending in a dash or slash and an agency ("Brian Inganga—AP", "Name/AFP"). */
    private boolean isPhotoCredit(String text, Span line, String bare) {
        String raw = text.substring(line.start(), line.end()).strip();
        if (wordCount(bare) > 6) {
            return false;
        }
        String norm = TextNormalizer.normalize(raw);
        for (String agency : creditAgencies) {
            if (norm.endsWith(agency)) {
                String before = norm.substring(0, norm.length() - agency.length()).stripTrailing();
                if (!before.isEmpty() && "—–-/|".indexOf(before.charAt(before.length() - 1)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short unpunctuated line directly before or after a caption is part of the same photo block. */
    private static void spreadCaptions(String text, List<Span> lines, String[] keys, BlockKind[] kinds) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] != BlockKind.PARAGRAPH || !isShortUnpunctuated(text, lines.get(i), keys[i])) {
                    continue;
                }
                boolean nextToCaption = (i > 0 && kinds[i - 1] == BlockKind.CAPTION && adjacent(text, lines.get(i - 1), lines.get(i)))
                        || (i + 1 < kinds.length && kinds[i + 1] == BlockKind.CAPTION && adjacent(text, lines.get(i), lines.get(i + 1)));
                if (nextToCaption) {
                    kinds[i] = BlockKind.CAPTION;
                    changed = true;
                }
            }
        }
    }

    /** Lines separated by a single line break (no blank line) form one visual group. */
    private static boolean adjacent(String text, Span first, Span second) {
        return text.substring(first.end(), second.start()).chars().filter(c -> c == '\n').count() <= 1;
    }

    private static void markTitleAndHeadings(String text, List<Span> lines, String[] keys, BlockKind[] kinds) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != BlockKind.PARAGRAPH || endsWithSentencePunctuation(text, lines.get(i))) {
                continue;
            }
            int words = wordCount(keys[i]);
            if (i == 0 && words <= TITLE_MAX_WORDS) {
                kinds[i] = BlockKind.TITLE;
            } else if (words <= SHORT_LINE_WORDS) {
                kinds[i] = BlockKind.HEADING;
            }
        }
    }

    private static boolean isShortUnpunctuated(String text, Span line, String bare) {
        return wordCount(bare) <= SHORT_LINE_WORDS && !endsWithSentencePunctuation(text, line);
    }

    /** Ends as a sentence does, or as a line introducing what follows (a colon): then it is no title or heading. */
    private static boolean endsWithSentencePunctuation(String text, Span line) {
        int e = line.end() - 1;
        while (e > line.start() && MARKS.closes(text.charAt(e))) {
            e--;
        }
        return MARKS.endsSentence(text.charAt(e)) || MARKS.introducing().indexOf(text.charAt(e)) >= 0;
    }

    /** Words of a {@link #words} key (single spaces, none at either end): counted, not split, on every line. */
    private static int wordCount(String bare) {
        if (bare.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < bare.length(); i++) {
            if (bare.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
