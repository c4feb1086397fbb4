package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;

import java.util.List;

/** The tokens [from, to) of an article's text, in its language: the range a place reading looks at. */
record Passage(String text, List<Token> tokens, int from, int to, String language) {
    boolean arabic() {
        return "ar".equals(language);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The place mention over tokens [start, end), as the text writes it. */
    PlaceMention mention(int start, int end, Place place, String cueKind, Double probability) {
        return mention(start, end, place, PlaceMention.Cue.of(cueKind), probability);
    }

    private PlaceMention mention(int start, int end, Place place, PlaceMention.Cue cue, Double probability) {
        int cs = tokens.get(start).start();
        int ce = tokens.get(end - 1).end();
        return new PlaceMention(start, end, cs, ce, text.substring(cs, ce), place, cue, probability);
    }

    PlaceMention mention(int start, int end, Place place, String cueKind) {
        return mention(start, end, place, cueKind, null);
    }

    /** A place the gazetteer lacks over tokens [start, end), named after the cue that begins at character {@code cueAt}. */
    PlaceMention namedAfterCue(int cueAt, int start, int end, String cueKind) {
        return mention(start, end, null, new PlaceMention.Cue(cueKind, text.substring(cueAt, tokens.get(end - 1).end())), null);
    }

    /** "Sévaré (Mopti)" is two names: the words of one are separated by one character (a space, a hyphen). */
    boolean joinedBySpaceOrHyphen(int i) {
        return tokens.get(i + 1).start() - tokens.get(i).end() <= 1;
    }

    /** Token i and the next stand one space apart, no punctuation between. */
    boolean adjacentWithoutPunctuation(int i) {
        return tokens.get(i + 1).start() - tokens.get(i).end() == 1;
    }

    static boolean capitalised(Token t) {
        return !t.surface().isEmpty() && Character.isUpperCase(t.surface().charAt(0));
    }
}
