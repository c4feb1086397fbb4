package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.articleevents.core.extract.SentenceFixture.sentence;
import static dev.articleevents.core.extract.SentenceFixture.town;
import static dev.articleevents.core.extract.SentenceFixture.word;
import static dev.articleevents.core.model.AcledLabel.AIR_DRONE_STRIKE;
import static dev.articleevents.core.model.AcledLabel.ARMED_CLASH;
import static dev.articleevents.core.model.AcledLabel.ARRESTS;
import static dev.articleevents.core.model.AcledLabel.ATTACK;
import static dev.articleevents.core.model.AcledLabel.BATTLES;
import static dev.articleevents.core.model.AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE;
import static dev.articleevents.core.model.AcledLabel.PEACEFUL_PROTEST;
import static dev.articleevents.core.model.AcledLabel.RIOTS;
import static dev.articleevents.core.model.AcledLabel.VIOLENT_DEMONSTRATION;
import static dev.articleevents.core.model.AcledLabel.PROTESTS;
import static dev.articleevents.core.model.AcledLabel.REMOTE_EXPLOSIVE_LANDMINE_IED;
import static dev.articleevents.core.model.AcledLabel.SHELLING_ARTILLERY_MISSILE_ATTACK;
import static dev.articleevents.core.model.AcledLabel.STRATEGIC_DEVELOPMENTS;
import static dev.articleevents.core.model.AcledLabel.SUICIDE_BOMB;
import static dev.articleevents.core.model.AcledLabel.VIOLENCE_AGAINST_CIVILIANS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence rules that decide which event words of a sentence make mentions, each on a sentence of a few words. */
class EventWordRulesTest {
    private static Trigger weight(AcledLabel type, AcledLabel sub, double w) {
        return word(0, type, sub, w);
    }

    @Test
    void eventWordInsideName() {
        SentenceAt s = sentence("Fighters of the Liberation Army attacked the town.");
        Trigger inName = word(s, "Army", BATTLES, ARMED_CLASH, 0.4);
        Trigger outside = word(s, "attacked", BATTLES, ARMED_CLASH, 0.4);
        ActorMention army = new ActorMention(SentenceFixture.at(s, "Liberation"), SentenceFixture.at(s, "Army") + 1,
                "Liberation Army", "rebel", "Liberation Army", null);
        EventWordInsideName rule = new EventWordInsideName();
        assertTrue(rule.inside(inName, List.of(army)));
        assertFalse(rule.inside(outside, List.of(army)));
        assertFalse(rule.inside(inName, List.of(new ActorMention(inName.start(), inName.end(), "Army", "rebel", "Army", null))),
                "a name no longer than the word leaves it an event word");
    }

    @Test
    void joinedToAnother() {
        SentenceAt s = sentence("Explosions and gunfire rocked the centre, then gunfire again.");
        Trigger explosions = word(s, "Explosions", EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.7);
        Trigger gunfire = word(s, "gunfire", BATTLES, ARMED_CLASH, 0.4);
        Trigger later = word(SentenceFixture.at(s, "again") - 1, BATTLES, ARMED_CLASH, 0.4);
        JoinedToAnother rule = new JoinedToAnother();
        assertTrue(rule.joined(gunfire, List.of(explosions, gunfire), s.tokens()));
        assertFalse(rule.joined(later, List.of(explosions, later), s.tokens()), "not next to the other word");
        Trigger sameKind = word(explosions.start(), BATTLES, ARMED_CLASH, 0.7);
        assertFalse(rule.joined(gunfire, List.of(sameKind, gunfire), s.tokens()), "two words of one kind are one action");
        assertEquals(MentionFinder.WEAK_WEIGHT, rule.asOwnAction(gunfire).weight());
    }

    @Test
    void weakWordGivesWay() {
        WeakWordGivesWay rule = new WeakWordGivesWay();
        assertTrue(rule.givesWay(weight(VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4), 0.9));
        assertFalse(rule.givesWay(weight(VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4), 0.45), "nothing surer beside it");
        assertFalse(rule.givesWay(weight(EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.7), 0.9), "not weak");
    }

    @Test
    void attackTypedByTarget() {
        AttackTypedByTarget rule = new AttackTypedByTarget(new TargetKind());
        SentenceAt onSoldiers = sentence("Gunmen attacked soldiers at a checkpoint.");
        Trigger attacked = word(onSoldiers, "attacked", VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4);
        Trigger typed = rule.typed(attacked, onSoldiers.tokens(), onSoldiers.to(), "en", List.of());
        assertEquals(ARMED_CLASH.label(), typed.subEventType());
        assertEquals(0.65, typed.weight());
        SentenceAt onWorshippers = sentence("Gunmen attacked worshippers at a mosque.");
        Trigger atMosque = word(onWorshippers, "attacked", BATTLES, ARMED_CLASH, 0.4);
        assertEquals(ATTACK.label(), rule.typed(atMosque, onWorshippers.tokens(), onWorshippers.to(), "en", List.of()).subEventType());
        SentenceAt nobody = sentence("Gunmen attacked at dawn.");
        Trigger bare = word(nobody, "attacked", BATTLES, ARMED_CLASH, 0.4);
        assertSame(bare, rule.typed(bare, nobody.tokens(), nobody.to(), "en", List.of()), "no people named: unchanged");
    }

    @Test
    void anAttackOnVillagesIsOnCivilians() {
        AttackTypedByTarget rule = new AttackTypedByTarget(new TargetKind());
        assertEquals(ATTACK.label(), typedClash(rule, "Gunmen attacked three villages in the north overnight.", "attacked", "en").subEventType());
        assertEquals(ATTACK.label(), typedClash(rule, "Des hommes armés ont attaqué deux villages du cercle de Bankass.", "attaqué", "fr").subEventType());
        // a village is a target, not a person: it never makes the people of a sentence civilians
        SentenceAt clash = sentence("In the village, soldiers clashed with militants.");
        assertEquals("armed", new TargetKind().firstIn(clash.tokens(), clash.from(), clash.to(), "en"));
    }

    /** A weak generic attack word of {@code text} (an armed clash, weight 0.4) once typed by its target, no toll given. */
    private static Trigger typedClash(AttackTypedByTarget rule, String text, String attackWord, String language) {
        SentenceAt s = sentence(text);
        Trigger t = word(s, attackWord, BATTLES, ARMED_CLASH, 0.4);
        return rule.typed(t, s.tokens(), s.to(), language, List.of());
    }

    @Test
    void whoAnAttackIsByIsNotItsTarget() {
        AttackTypedByTarget rule = new AttackTypedByTarget(new TargetKind());
        assertEquals(ATTACK.label(), typedClash(rule, "An attack by rebels left twelve civilians dead in a village.", "attack", "en").subEventType(),
                "the rebels did the attacking; the civilians after them were hit");
        assertEquals(0.65, typedClash(rule, "Une attaque par des hommes armés contre des soldats a fait trois morts.", "attaque", "fr")
                .weight(), "the soldiers after the attackers were hit: an armed clash, made surer");
        assertEquals(0.4, typedClash(rule, "The attack by militants came at dawn.", "attack", "en").weight(),
                "only the attackers named: unchanged");
    }

    @Test
    void theTollSaysWhoAnAttackHit() {
        AttackTypedByTarget rule = new AttackTypedByTarget(new TargetKind());
        CasualtyReader reader = new CasualtyReader(new NumberReader(), new DateResolver().monthWords());
        SentenceAt civilians = sentence("Twelve civilians were killed on Saturday in an attack near the border.");
        Trigger attack = word(civilians, "attack", BATTLES, ARMED_CLASH, 0.4);
        List<CasualtyFigure> toll = reader.read(civilians.text(), civilians.tokens(), civilians.from(), civilians.to(), "en");
        assertFalse(toll.isEmpty(), "the toll is read");
        assertEquals(ATTACK.label(), rule.typed(attack, civilians.tokens(), civilians.to(), "en", toll).subEventType());
        SentenceAt soldiers = sentence("Five soldiers were killed on Saturday in an attack near the border.");
        Trigger onSoldiers = word(soldiers, "attack", VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4);
        List<CasualtyFigure> their = reader.read(soldiers.text(), soldiers.tokens(), soldiers.from(), soldiers.to(), "en");
        assertEquals(ARMED_CLASH.label(), rule.typed(onSoldiers, soldiers.tokens(), soldiers.to(), "en", their).subEventType());
        assertSame(attack, rule.typed(attack, civilians.tokens(), civilians.to(), "en", List.of()), "no toll, nobody named: unchanged");
    }

    @Test
    void tooVagueWithoutFigures() {
        TooVagueWithoutFigures rule = new TooVagueWithoutFigures();
        Trigger loose = weight(VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.3);
        assertTrue(rule.drops(loose, List.of()));
        assertFalse(rule.drops(loose, List.of(SentenceFixture.killed(3, 0, 5))), "figures make the loose word an event");
        assertFalse(rule.drops(weight(VIOLENCE_AGAINST_CIVILIANS, ATTACK, 0.4), List.of()));
    }

    @Test
    void kindNeedsSurerWord() {
        KindNeedsSurerWord rule = new KindNeedsSurerWord();
        assertTrue(rule.drops(weight(STRATEGIC_DEVELOPMENTS, ARRESTS, 0.5)), "arrests need 0.6 (event-kinds.tsv)");
        assertFalse(rule.drops(weight(STRATEGIC_DEVELOPMENTS, ARRESTS, 0.7)));
        assertFalse(rule.drops(weight(EXPLOSIONS_REMOTE_VIOLENCE, SUICIDE_BOMB, 0.2)), "a violent kind needs no surer word");
    }

    @Test
    void oneTriggerPerSubType() {
        OneTriggerPerSubType rule = new OneTriggerPerSubType();
        SentenceAt s = sentence("Air strikes on Kafr Batna killed ten and raids on Saqba killed two, the bombing went on.");
        Trigger strikes = word(s, "strikes", EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.9);
        Trigger raids = word(s, "raids", EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.6);
        Trigger bombing = word(s, "bombing", EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.5);
        List<Trigger> all = List.of(strikes, raids, bombing);
        assertEquals(List.of(strikes), rule.apply(all, List.of()), "one kind, no places: the surest word");
        List<dev.articleevents.core.geo.PlaceMention> towns = List.of(town(s, "Kafr", 2, "SY", "in"), town(s, "Saqba", 1, "SY", "in"));
        assertEquals(List.of(strikes, raids), rule.apply(all, towns), "a word aimed at a town of its own is a second action");
    }

    /** The loose-word rule of that name drops {@code loose} beside {@code telling}, keeps a sure word of the loose kind, and needs the telling word. */
    private static void dropsLooseWord(String rule, Trigger telling, Trigger loose, Trigger sureOfLooseKind) {
        VagueBesideSurer r = VagueBesideSurer.load().stream().filter(x -> x.name().equals(rule)).findFirst().orElseThrow();
        assertEquals(List.of(telling), r.apply(List.of(telling, loose)), rule);
        assertEquals(List.of(telling, sureOfLooseKind), r.apply(List.of(telling, sureOfLooseKind)), rule + ": a sure word stays");
        assertEquals(List.of(loose), r.apply(List.of(loose)), rule + ": nothing telling beside it");
    }

    @Test
    void blastsOfAStrike() {
        dropsLooseWord("blasts-of-a-strike", weight(EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.9),
                weight(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.6),
                weight(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.85));
        dropsLooseWord("blasts-of-a-strike", weight(EXPLOSIONS_REMOTE_VIOLENCE, SHELLING_ARTILLERY_MISSILE_ATTACK, 0.9),
                weight(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.6),
                weight(EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.85));
    }

    @Test
    void bombardmentOfAnAirStrike() {
        Trigger shelling = weight(EXPLOSIONS_REMOTE_VIOLENCE, SHELLING_ARTILLERY_MISSILE_ATTACK, 0.6);
        dropsLooseWord("bombardment-of-an-air-strike", weight(EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.9), shelling,
                weight(EXPLOSIONS_REMOTE_VIOLENCE, SHELLING_ARTILLERY_MISSILE_ATTACK, 0.9));
        Trigger unsure = weight(EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.7);
        VagueBesideSurer rule = VagueBesideSurer.load().get(1);
        assertEquals(List.of(unsure, shelling), rule.apply(List.of(unsure, shelling)), "the strike word must be sure");
    }

    @Test
    void scufflesAtAProtest() {
        dropsLooseWord("scuffles-at-a-protest", weight(PROTESTS, PEACEFUL_PROTEST, 0.8), weight(BATTLES, ARMED_CLASH, 0.6),
                weight(BATTLES, ARMED_CLASH, 0.9));
        dropsLooseWord("scuffles-at-a-protest", weight(RIOTS, VIOLENT_DEMONSTRATION, 0.8), weight(BATTLES, ARMED_CLASH, 0.6),
                weight(BATTLES, ARMED_CLASH, 0.9));
    }

    @Test
    void everySentenceRuleIsInTheChainOnceWithADescription() {
        SentenceRules rules = new SentenceRules(new TargetKind(), new EventAnaphors());
        assertEquals("sentence", rules.chain.name());
        assertEquals(26, rules.chain.rules().size());
        assertEquals(26, rules.chain.rules().stream().map(r -> r.name()).distinct().count());
        assertTrue(rules.chain.rules().stream().allMatch(r -> !r.description().isBlank() && !r.description().contains("\n")));
        assertTrue(rules.fired(rules.tollOfPrevious));
        assertEquals(1, rules.counts().stream().filter(c -> c.rule().equals("toll-of-previous")).findFirst().orElseThrow().fired());
    }
}
