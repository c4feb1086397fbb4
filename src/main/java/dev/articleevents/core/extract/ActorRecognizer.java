package dev.articleevents.core.extract;

import dev.articleevents.core.language.LanguageIdentifier;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.resource.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Armed groups, forces and other actors by alias, across languages (lexicon/actors.tsv). */
public final class ActorRecognizer {
    private record Entry(String canonical, String kind) {
    }

    private final Map<String, NamedEntityLexicon<Entry>> byLanguage = new HashMap<>();
    private final Map<String, Map<String, String>> nationalities = new HashMap<>();
    private final Map<String, java.util.Set<String>> forceNouns = new HashMap<>();

    public ActorRecognizer() {
        List<String[]> rows = Lexicons.rows("lexicon/actors.tsv", 4);
        LanguageIdentifier.LANGUAGES.forEach(lang -> byLanguage.put(lang, new NamedEntityLexicon<>()));
        for (String[] row : rows) {
            for (String lang : LanguageIdentifier.languagesOf(row[2])) {
                byLanguage.get(lang).add(row[3], new Entry(row[0], row[1]));
            }
        }
        for (String[] row : Lexicons.rows("lexicon/nationality-forces.tsv", 3)) {
            nationalities.computeIfAbsent(row[0], k -> new HashMap<>()).put(dev.articleevents.core.language.TextNormalizer.normalize(row[1]), row[2]);
        }
        for (String[] row : Lexicons.rows("lexicon/force-nouns.tsv", 2)) {
            forceNouns.computeIfAbsent(row[0], k -> new java.util.HashSet<>()).add(dev.articleevents.core.language.TextNormalizer.normalize(row[1]));
        }
    }

    /** The role given by a cue ending right before the name (up to three words long). */
    private String roleCue(List<Token> tokens, int from, int nameStart, String language) {
        var cues = RoleCues.of(language);
        if (cues == null) {
            return null;
        }
        for (var m : cues.findAll(tokens, Math.max(from, nameStart - 3), nameStart)) {
            if (m.end() == nameStart) {
                return m.value();
            }
        }
        return null;
    }

    /** "غارات روسية", "frappes russes": the state whose forces acted, named by an adjective right after the event word. */
    public ActorMention nationalityAfter(String text, List<Token> tokens, int triggerEnd, int to, String language) {
        Map<String, String> adjectives = nationalities.get(language);
        for (int k = triggerEnd; adjectives != null && k < Math.min(to, triggerEnd + 2); k++) {
            String actor = adjectives.get(tokens.get(k).norm());
            if (actor != null) {
                return new ActorMention(k, k + 1, actor, "state-military", tokens.get(k).surface(), "perpetrator");
            }
        }
        return null;
    }

    public List<ActorMention> find(String text, List<Token> tokens, int from, int to, String language) {
        NamedEntityLexicon<Entry> lexicon = byLanguage.get(language);
        List<ActorMention> out = new ArrayList<>();
        if (lexicon == null) {
            return out;
        }
        List<ActorMention> byNationality = forcesByNationality(text, tokens, from, to, language);
        for (NamedEntityLexicon.Hit<Entry> h : lexicon.find(text, tokens, from, to)) {
            // "القوات التركية" names Turkey's forces, not the generic forces of the event's country
            boolean generic = h.value().canonical().contains(ActorMention.COUNTRY_PLACEHOLDER);
            if (generic && byNationality.stream().anyMatch(a -> a.start() < h.end() && h.start() < a.end())) {
                continue;
            }
            out.add(new ActorMention(h.start(), h.end(), h.value().canonical(), h.value().kind(), h.surface(),
                    roleCue(tokens, from, h.start(), language)));
        }
        for (ActorMention a : byNationality) {
            if (out.stream().noneMatch(o -> o.start() < a.end() && a.start() < o.end())) {
                out.add(a);
            }
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return out;
    }

    /** "طائرات روسية", "l'armée française": a force noun with a nationality adjective right after it. */
    private List<ActorMention> forcesByNationality(String text, List<Token> tokens, int from, int to, String language) {
        List<ActorMention> out = new ArrayList<>();
        Map<String, String> adjectives = nationalities.get(language);
        java.util.Set<String> nouns = forceNouns.get(language);
        if (adjectives == null || nouns == null) {
            return out;
        }
        for (int i = from; i + 1 < to; i++) {
            Token noun = tokens.get(i);
            String actor = adjectives.get(tokens.get(i + 1).norm());
            if (actor != null && noun.variants().stream().anyMatch(nouns::contains)
                    && tokens.get(i + 1).start() - noun.end() <= 1) {
                out.add(new ActorMention(i, i + 2, actor, "state-military", text.substring(noun.start(), tokens.get(i + 1).end()),
                        roleCue(tokens, from, i, language)));
            }
        }
        return out;
    }
}
