package dev.articleevents.core.language;

import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic proclitics of {@code language/ar-proclitics.tsv}: one table of forms in the order they stack
 * (conjunction, preposition, article) and one length rule (a form comes off only when its stated minimum of
 * letters follows), so that every reader of Arabic words strips them alike. Two uses read the table: the
 * variants of a token, and the forms a word may have as a place name (which keep the article).
 */
public final class ArabicProclitics {
    /** Whose minimum stem applies: a token's variants, or a word read as a gazetteer name. */
    public enum Use { WORDS, PLACE_NAMES }

    private enum Layer { CONJUNCTION, PREPOSITION, ARTICLE }

    /** One row of the table; a minimum stem below 0 means the use never takes the form off. */
    private record Proclitic(String form, Layer layer, String readsAs, int minStemInWords, int minStemInNames) {
        int minStem(Use use) {
            return use == Use.WORDS ? minStemInWords : minStemInNames;
        }

        /** The word without this form (and with what the form reads as), or null when the rule keeps it on. */
        String strip(String word, Use use) {
            int min = minStem(use);
            if (min < 0 || !word.startsWith(form) || word.length() - form.length() < min) {
                return null;
            }
            return readsAs + word.substring(form.length());
        }
    }

    private static final ArabicProclitics TABLE = new ArabicProclitics(TsvResource.rows("language/ar-proclitics.tsv", 5));

    private final List<Proclitic> rows = new ArrayList<>();
    private final String article;
    /** The letters a form can start with: a word starting otherwise has nothing to strip (most words). */
    private final String firstLetters;

    private ArabicProclitics(List<String[]> table) {
        String art = null;
        for (String[] r : table) {
            Layer layer = Layer.valueOf(r[1].toUpperCase(java.util.Locale.ROOT));
            rows.add(new Proclitic(r[0], layer, r[2].equals("-") ? "" : r[2], stem(r[3]), stem(r[4])));
            if (layer == Layer.ARTICLE) {
                art = r[0];
            }
        }
        rows.sort(java.util.Comparator.comparing(Proclitic::layer)); // stable: the file's order within a layer
        this.article = art;
        StringBuilder firsts = new StringBuilder();
        for (Proclitic p : rows) {
            if (firsts.indexOf(p.form().substring(0, 1)) < 0) {
                firsts.append(p.form().charAt(0));
            }
        }
        this.firstLetters = firsts.toString();
    }

    private static int stem(String cell) {
        return cell.equals("-") ? -1 : Integer.parseInt(cell);
    }

    public static ArabicProclitics table() {
        return TABLE;
    }

    /**
     * The word, then each form it stands for as the proclitics come off layer by layer (at most one form per
     * layer, the longest that the length rule allows); forms shorter than two letters are not offered. A word that
     * starts with no form's letter (every non-Arabic word) is its only form. Always an ArrayList: the loops over a
     * token's forms run for every token against every lexicon, and a second list class there made them about
     * 10 % slower (BENCHMARKS run P).
     */
    public List<String> variants(String word, Use use) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        if (word.isEmpty() || firstLetters.indexOf(word.charAt(0)) < 0) {
            return out;
        }
        String s = word;
        Layer done = null;
        for (Proclitic p : rows) {
            if (p.layer() == done) {
                continue;
            }
            String stripped = p.strip(s, use);
            if (stripped != null) {
                s = stripped;
                done = p.layer();
                if (s.length() >= 2 && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The word without a leading conjunction (و, ف), when the length rule allows; else the word. */
    public String withoutConjunction(String word) {
        for (Proclitic p : rows) {
            String stripped = p.layer() == Layer.CONJUNCTION ? p.strip(word, Use.WORDS) : null;
            if (stripped != null) {
                return stripped;
            }
        }
        return word;
    }

    /** Spelt with the article at its start ("المدينة"), however short. */
    public boolean writtenWithArticle(String word) {
        return word.startsWith(article);
    }

    /** The word without its article when the length rule lets the article come off; null otherwise. */
    public String withoutArticle(String word) {
        for (Proclitic p : rows) {
            if (p.layer() == Layer.ARTICLE) {
                return p.strip(word, Use.WORDS);
            }
        }
        return null;
    }

    /** The article, bare or after one glued conjunction or preposition: "المنطقة", "بالمنطقة", "للمنطقة". */
    public boolean definite(String word) {
        if (writtenWithArticle(word)) {
            return true;
        }
        for (Proclitic p : rows) {
            if (p.layer() == Layer.ARTICLE || !word.startsWith(p.form())) {
                continue;
            }
            if (p.readsAs().startsWith(article)) {
                return true; // لل: the article written into the preposition
            }
            String rest = p.strip(word, Use.WORDS);
            if (rest != null && rest.startsWith(article)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many letters of a written word may be glued before a name: one conjunction and one preposition that
     * reads as nothing else (لل reads as the article, which names keep).
     */
    public int gluedLettersBeforeName() {
        int conjunction = 0;
        int preposition = 0;
        for (Proclitic p : rows) {
            if (p.layer() == Layer.CONJUNCTION) {
                conjunction = Math.max(conjunction, p.form().length());
            } else if (p.layer() == Layer.PREPOSITION && p.readsAs().isEmpty() && p.minStemInNames() >= 0) {
                preposition = Math.max(preposition, p.form().length());
            }
        }
        return conjunction + preposition;
    }

    /**
     * How many letters are glued before {@code norm} in the written word ("وكفربطنا" before كفربطنا: 1, "ببلدة"
     * before بلدة: 1), at most {@link #gluedLettersBeforeName()}: the first cut of the word whose matching form is
     * {@code norm}; -1 when none is.
     */
    public int gluedBefore(String written, String norm) {
        int most = Math.min(gluedLettersBeforeName() + 1, written.length());
        for (int k = 0; k < most; k++) {
            if (TextNormalizer.normalize(written.substring(k)).equals(norm)) {
                return k;
            }
        }
        return -1;
    }
}
