package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.lexicon.ReportingVerbs;
import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Sentences, event words, places and mentions built by hand for the sentence rules' tests. */
final class SentenceFixture {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);

    private SentenceFixture() {
    }

    /** The part of {@code text} from {@code charFrom} to its end as an English sentence of story 0. */
    static SentenceAt sentence(String text, int charFrom, List<PlaceMention> places, List<ActorMention> paragraphActors) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int from = (int) tokens.stream().filter(t -> t.start() < charFrom).count();
        SentenceAt.Article article = new SentenceAt.Article(text, tokens, places, "en", PUBLISHED, null);
        return new SentenceAt(article, new SentenceAt.Paragraph(List.of(), paragraphActors, true), from, tokens.size(),
                new Span(charFrom, text.length()), 0, false);
    }

    static SentenceAt sentence(String text) {
        return sentence(text, 0, List.of(), List.of());
    }

    /** The index of the first token of {@code s} spelt {@code word}. */
    static int at(SentenceAt s, String word) {
        for (int i = s.from(); i < s.to(); i++) {
            if (s.tokens().get(i).surface().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word + " is not in the sentence");
    }

    static Trigger word(SentenceAt s, String word, AcledLabel type, AcledLabel subType, double weight) {
        int i = at(s, word);
        return new Trigger(i, i + 1, type.label(), subType.label(), weight);
    }

    static Trigger word(int at, AcledLabel type, AcledLabel subType, double weight) {
        return new Trigger(at, at + 1, type.label(), subType.label(), weight);
    }

    /** A town the gazetteer knows, named at {@code word} (and {@code words} tokens on) after the place word {@code cue}. */
    static PlaceMention town(SentenceAt s, String word, int words, String country, String cue) {
        int i = at(s, word);
        Token first = s.tokens().get(i);
        Token last = s.tokens().get(i + words - 1);
        String name = s.text().substring(first.start(), last.end());
        Place place = new Place(name.hashCode(), name, country, null, new Place.Point(null, null), new Place.Feature("city", "PPL"), 5_000);
        return new PlaceMention(i, i + words, first.start(), last.end(), name, place, cue);
    }

    static PlaceMention country(SentenceAt s, String word, String code) {
        int i = at(s, word);
        Token t = s.tokens().get(i);
        Place place = new Place(code.hashCode(), word, code, null, new Place.Point(null, null), new Place.Feature("country", "PCLI"), 1_000_000);
        return new PlaceMention(i, i + 1, t.start(), t.end(), word, place, null);
    }

    static CasualtyFigure killed(int count, int charStart, int charEnd) {
        return new CasualtyFigure(CasualtyFigure.KILLED, new Count(count, "exact", 0, 1), "killed", charStart, charEnd);
    }

    static SentenceReading reading(List<Trigger> kept, List<CasualtyFigure> figures, List<PlaceMention> places, List<DateMention> dates) {
        double strongest = kept.stream().mapToDouble(Trigger::weight).max().orElse(0);
        return new SentenceReading(dates, new ReportingVerbs.Sayings(Set.of(), Set.of()), List.of(), places, null, figures,
                List.of(), new SentenceReading.EventWords(kept, strongest, false));
    }

    /** A mention of {@code t} told in {@code sentence} of story 0, dated {@code date} (null: not known). */
    static Mention mention(Trigger t, Span sentence, PlaceMention place, LocalDate date, boolean anchored) {
        return new Mention(t, new Mention.At(sentence, 0, new Span(sentence.start(), sentence.start()), false),
                new Mention.Where(place, null, null, place != null),
                new Mention.Day(date != null ? date : PUBLISHED, null, date != null, false),
                new Mention.Who(List.of(), List.of()), List.of(), anchored, null);
    }

    static ActorMention actor(String canonical, String kind, int start) {
        return new ActorMention(start, start + 1, canonical, kind, canonical, null);
    }
}
