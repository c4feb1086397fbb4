package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.articleevents.core.extract.SentenceFixture.killed;
import static dev.articleevents.core.extract.SentenceFixture.mention;
import static dev.articleevents.core.extract.SentenceFixture.reading;
import static dev.articleevents.core.extract.SentenceFixture.sentence;
import static dev.articleevents.core.extract.SentenceFixture.town;
import static dev.articleevents.core.extract.SentenceFixture.word;
import static dev.articleevents.core.model.AcledLabel.ATTACK;
import static dev.articleevents.core.model.AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE;
import static dev.articleevents.core.model.AcledLabel.REMOTE_EXPLOSIVE_LANDMINE_IED;
import static dev.articleevents.core.model.AcledLabel.VIOLENCE_AGAINST_CIVILIANS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence rules that give a sentence's figures, day or place to the event told just before it. */
class PreviousEventRulesTest {
    private static final String TOLD = "A bomb went off in the market of Saqba on Thursday.";

    /** The event of {@link #TOLD}, at the start of {@code text}. */
    private static Mention told(String text, boolean anchored) {
        SentenceAt first = sentence(text);
        Trigger bomb = word(first, "bomb", EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.8);
        PlaceMention saqba = town(first, "Saqba", 1, "SY", "in");
        return mention(bomb, new Span(0, TOLD.length()), saqba, LocalDate.of(2024, 3, 14), anchored);
    }

    @Test
    void tollOfPrevious() {
        String text = TOLD + " Two civilians were killed.";
        SentenceAt s = sentence(text, TOLD.length() + 1, List.of(), List.of());
        Trigger killedWord = word(s, "killed", VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4);
        SentenceReading r = reading(List.of(killedWord), List.of(killed(2, TOLD.length() + 1, text.length())), List.of(), List.of());
        TollOfPrevious rule = new TollOfPrevious();
        assertTrue(rule.applies(s, r, told(text, true)));
        assertFalse(rule.applies(s, r, told(text, false)), "an event nobody dated or placed gets no toll");
        SentenceReading noFigures = reading(List.of(killedWord), List.of(), List.of(), List.of());
        assertFalse(rule.applies(s, noFigures, told(text, true)));

        String apart = TOLD + "\n\nTwo civilians were killed.";
        SentenceAt next = sentence(apart, TOLD.length() + 2, List.of(), List.of());
        assertFalse(rule.applies(next, reading(List.of(word(next, "killed", VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4)),
                r.figures(), List.of(), List.of()), told(apart, true)), "a new paragraph is no toll of the sentence before");

        String elsewhere = TOLD + " Two civilians were killed in Douma.";
        SentenceAt there = sentence(elsewhere, TOLD.length() + 1, List.of(), List.of());
        SentenceReading inDouma = reading(List.of(word(there, "killed", VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4)), r.figures(),
                List.of(town(there, "Douma", 1, "SY", "in")), List.of());
        assertFalse(rule.applies(there, inDouma, told(elsewhere, true)), "killings in another town are another event");
    }

    @Test
    void figuresOfPrevious() {
        String text = TOLD + " Police said five people died.";
        SentenceAt s = sentence(text, TOLD.length() + 1, List.of(), List.of());
        Mention previous = told(text, true);
        CasualtyFigure five = killed(5, TOLD.length() + 12, text.length());
        FiguresOfPrevious rule = new FiguresOfPrevious();
        Mention lent = rule.lent(s, reading(List.of(), List.of(five), List.of(), List.of()), previous);
        assertEquals(List.of(five), lent.casualties());
        assertSame(previous, lent.follows());
        assertSame(previous.place(), lent.place());
        assertEquals(s.span(), lent.sentence());
        DateMention otherDay = new DateMention(0, 1, LocalDate.of(2024, 3, 10), false, "Sunday", false);
        assertNull(rule.lent(s, reading(List.of(), List.of(five), List.of(), List.of(otherDay)), previous),
                "figures of another day are of another event");
        assertNull(rule.lent(s, reading(List.of(), List.of(), List.of(), List.of()), previous), "no figures");
    }

    @Test
    void dayAndPlaceOfPrevious() {
        String text = TOLD + " The violence spread to Douma on Friday.";
        SentenceAt s = sentence(text, TOLD.length() + 1, List.of(), List.of());
        Mention previous = told(text, true);
        LocalDate friday = LocalDate.of(2024, 3, 15);
        DateMention onFriday = new DateMention(SentenceFixture.at(s, "Friday"), SentenceFixture.at(s, "Friday") + 1, friday, false, "Friday", false);
        PlaceMention douma = town(s, "Douma", 1, "SY", "in");
        DayAndPlaceOfPrevious rule = new DayAndPlaceOfPrevious(new EventAnaphors());
        Mention lent = rule.lent(s, reading(List.of(), List.of(), List.of(douma), List.of(onFriday)), previous);
        assertEquals(friday, lent.date());
        assertTrue(lent.dateKnown());
        assertSame(douma, lent.place());
        assertTrue(lent.placeStated());
        assertSame(previous, lent.follows());

        String noAnaphor = TOLD + " Shops closed in Douma on Friday.";
        SentenceAt shops = sentence(noAnaphor, TOLD.length() + 1, List.of(), List.of());
        assertNull(rule.lent(shops, reading(List.of(), List.of(), List.of(town(shops, "Douma", 1, "SY", "in")), List.of(onFriday)),
                told(noAnaphor, true)), "nothing points back at the bomb");
        assertNull(rule.lent(s, reading(List.of(), List.of(), List.of(), List.of()), previous), "neither a day nor a town");
    }
}
