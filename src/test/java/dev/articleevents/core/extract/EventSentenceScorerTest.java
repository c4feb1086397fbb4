package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSentenceScorerTest {
    private static Set<String> forms(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return EventSentenceScorer.forms(tokens, 0, tokens.size());
    }

    @Test
    void aSentenceIsTheSumOfItsFormsWeights() {
        EventSentenceScorer s = new EventSentenceScorer(-1, Map.of("killed", 2.0, "said", 0.5));
        double z = -1 + 2.0 + 0.5;
        assertEquals(1 / (1 + Math.exp(-z)), s.probability(forms("Gunmen killed 12 people, police said.")), 1e-12);
        assertEquals(1 / (1 + Math.exp(1)), s.probability(forms("Nothing here weighs anything.")), 1e-12);
        assertEquals(0.5, EventSentenceScorer.untrained().probability(forms("Gunmen killed 12 people.")), 1e-12);
        List<Token> tokens = Tokenizer.tokenize("Gunmen killed 12 people and killed more, police said.");
        assertEquals(s.probability(EventSentenceScorer.forms(tokens, 0, tokens.size())), s.probability(tokens, 0, tokens.size()), 1e-12,
                "the engine's unsorted path weighs each form once too");
    }

    @Test
    void numbersAreNoFormsAndEachFormCountsOnce() {
        Set<String> f = forms("Five were killed, and killed again, on 12 March");
        assertFalse(f.contains("12"), f.toString());
        assertTrue(f.contains("killed") && f.contains("march"), f.toString());
        // an Arabic word also counts without its proclitics: "والقتلى" is و + القتلى
        assertTrue(forms("والقتلى").contains("القتلي"), forms("والقتلى").toString());
    }

    /** Sentences written for this test: a report of what happened reads apart from background in every language. */
    @Test
    void thePackagedWeightsTellAReportFromBackground() {
        EventSentenceScorer s = EventSentenceScorer.load();
        String[][] pairs = {
                {"Gunmen killed five villagers in Zamfara on Saturday, police said.",
                        "The attacks have fuelled fears of more violence since the election."},
                {"Police fired tear gas at protesters in the capital on Friday, witnesses said.",
                        "Protests have become more frequent as the crisis deepens."},
                {"قتل خمسة جنود السبت في هجوم على حاجز في شمال البلاد، بحسب مصدر أمني.",
                        "ولا تزال الهجمات تثير مخاوف من تصاعد العنف منذ سنوات."},
                {"Trois soldats ont été tués jeudi dans l'attaque d'un poste militaire, a indiqué l'armée.",
                        "Le pays est en proie à des attaques depuis 2012."}};
        for (String[] pair : pairs) {
            double report = s.probability(forms(pair[0]));
            double background = s.probability(forms(pair[1]));
            assertTrue(report > 0.5, report + " " + pair[0]);
            assertTrue(background < 0.3, background + " " + pair[1]);
        }
    }
}
