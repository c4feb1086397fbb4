package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneralTalkStartsNoEventTest {
    private final GeneralTalkStartsNoEvent rule = new GeneralTalkStartsNoEvent();

    @Test
    void onlyAMentionWithADayPlaceOrFigureOfItsOwnStartsAnEvent() {
        assertTrue(rule.starts(MentionSketch.of("Suicide bomb", 0.9).at(town("Kabul", "AF")).build()));
        assertFalse(rule.starts(MentionSketch.of("Suicide bomb", 0.9).generalTalk().build()));
    }

    @Test
    void anUndatedSentenceOpeningWithItsTownStartsAnEvent() {
        // "In Calais, more than a dozen people were arrested during a protest": the town after "In" at the start
        assertTrue(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("Calais", "FR", "in", 3)).build()));
        // "وفي مدينة الناصرية، تظاهر المئات": after a conjunction and a cue word
        assertTrue(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("الناصرية", "IQ", "settlement", 10)).build()));
        // the town named later in the sentence, a bare name, a country: general talk still
        assertFalse(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("Calais", "FR", "in", 40)).build()));
        assertFalse(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("Calais", "FR")).build()));
        assertFalse(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(country("France", "FR")).build()));
    }

    @Test
    void aSureWordAtATownItsPlaceWordNamesStartsAnEvent() {
        // "وتظاهر المئات في مدينة الناصرية": the town later in the sentence, named by its place word, a sure event word
        assertTrue(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("الناصرية", "IQ", "settlement", 25)).build()));
        assertTrue(rule.starts(MentionSketch.of("Air/drone strike", 0.9).generalTalk().at(town("Hamdallaye", "GN", "district", 60)).build()));
        // a battle's town is most often what a campaign is for ("to retake the port city of Mokha"): general talk
        assertFalse(rule.starts(MentionSketch.of("Government regains territory", 0.8).generalTalk().at(town("Mokha", "YE", "settlement", 40)).build()));
        // a weak word ("the violence") there, or a town after a bare "in": general talk still
        assertFalse(rule.starts(MentionSketch.of("Armed clash", 0.4).generalTalk().at(town("الناصرية", "IQ", "settlement", 25)).build()));
        assertFalse(rule.starts(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("Calais", "FR", "in", 40)).build()));
    }

    @Test
    void anUndatedSentenceThatNamesItsTownAndReadsAsAReportStartsAnEvent() {
        // "Police fired tear gas at protesters in Calais, witnesses said.": no day, no figure, the town mid-sentence
        Mention m = MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(town("Calais", "FR", "in", 40)).build();
        assertFalse(rule.starts(m));
        assertTrue(rule.readsAsAReport(m, GeneralTalkStartsNoEvent.REPORT_LIKE));
        assertFalse(rule.readsAsAReport(m, GeneralTalkStartsNoEvent.REPORT_LIKE - 0.01), "a sentence that reads as background");
        assertFalse(rule.readsAsAReport(MentionSketch.of("Peaceful protest", 0.8).generalTalk().at(country("France", "FR")).build(), 0.9),
                "a country is no town of its own");
        assertFalse(rule.readsAsAReport(MentionSketch.of("Peaceful protest", 0.8).generalTalk().build(), 0.9), "no place of its own sentence");
    }
}
