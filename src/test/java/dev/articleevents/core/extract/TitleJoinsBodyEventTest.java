package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleJoinsBodyEventTest {
    private final TitleJoinsBodyEvent rule = new TitleJoinsBodyEvent();
    private static final java.util.function.BiPredicate<MentionGroup, Mention> SAME_SUB_TYPE =
            (g, m) -> g.subEventType().equals(m.trigger().subEventType());

    @Test
    void theTitleJoinsTheFirstEventOfItsKindInItsCountryElseOfExactlyItsKind() {
        MentionGroup inIraq = MentionSketch.of("Air/drone strike", 0.9).at(town("Mosul", "IQ")).group();
        MentionGroup inSyria = MentionSketch.of("Air/drone strike", 0.9).at(town("Idlib", "SY")).group();
        java.util.List<MentionGroup> groups = java.util.List.of(inIraq, inSyria);
        Mention syriaTitle = MentionSketch.of("Air/drone strike", 0.9).at(country("Syria", "SY")).title().build();
        Mention franceTitle = MentionSketch.of("Air/drone strike", 0.9).at(country("France", "FR")).title().build();
        Mention clashTitle = MentionSketch.of("Armed clash", 0.9).at(country("Syria", "SY")).title().build();
        assertSame(inSyria, rule.home(groups, syriaTitle, SAME_SUB_TYPE));
        assertSame(inIraq, rule.home(groups, franceTitle, SAME_SUB_TYPE), "no event in its country: the first of its kind");
        assertNull(rule.home(groups, clashTitle, SAME_SUB_TYPE));
    }
}
