package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;
import dev.articleevents.core.rules.RuleChain;
import dev.articleevents.core.rules.RuleCount;

import java.util.List;

/**
 * The sentence rules, one instance each, in the order a sentence meets them: which event words make mentions,
 * whether the sentence tells the event just told, then where, who and how many for each mention. Built once per
 * finder, so the chain's counts cover every article the engine read.
 */
final class SentenceRules {
    final CapitalIsTheStoryCity capitalIsStoryCity = new CapitalIsTheStoryCity();
    final NonEventSentence nonEvent = new NonEventSentence();
    final AddsToATotal addsToTotal = new AddsToATotal();
    final EventWordInsideName insideName = new EventWordInsideName();
    final JoinedToAnother joinedToAnother = new JoinedToAnother();
    final WeakWordGivesWay weakGivesWay = new WeakWordGivesWay();
    final AttackTypedByTarget attackTyped;
    final TooVagueWithoutFigures tooVague = new TooVagueWithoutFigures();
    final KindNeedsSurerWord kindNeedsSurer = new KindNeedsSurerWord();
    final OneTriggerPerSubType onePerSubType = new OneTriggerPerSubType();
    /** lexicon/loose-words.tsv: blasts of a strike, bombardment of an air strike, scuffles at a protest. */
    final List<VagueBesideSurer> looseWords = VagueBesideSurer.load();
    final TollOfPrevious tollOfPrevious = new TollOfPrevious();
    final FiguresOfPrevious figuresOfPrevious = new FiguresOfPrevious();
    final DayAndPlaceOfPrevious dayAndPlaceOfPrevious;
    final ForeignStateIsAParty foreignStateIsParty = new ForeignStateIsAParty();
    final CityForItsCountry cityForCountry = new CityForItsCountry();
    final ContinuesEventJustTold continuesEvent;
    final PlacesJoinedByAnd placesJoined = new PlacesJoinedByAnd();
    final StatesNamedAreParties parties = new StatesNamedAreParties();
    final StatesNamedArePerpetrators perpetrators = new StatesNamedArePerpetrators();
    final CiviliansHit civiliansHit = new CiviliansHit();
    final ArmedActorsOfParagraph paragraphArmed = new ArmedActorsOfParagraph();
    final StateAuthorOfStory stateAuthor = new StateAuthorOfStory();
    final OtherSideOfStory otherSide = new OtherSideOfStory();
    final RuleChain<Rule> chain;

    SentenceRules(TargetKind targets, EventAnaphors anaphors) {
        attackTyped = new AttackTypedByTarget(targets);
        dayAndPlaceOfPrevious = new DayAndPlaceOfPrevious(anaphors);
        continuesEvent = new ContinuesEventJustTold(anaphors);
        List<Rule> inOrder = new java.util.ArrayList<>(List.of(capitalIsStoryCity, nonEvent, addsToTotal, insideName, joinedToAnother, weakGivesWay, attackTyped, tooVague,
                kindNeedsSurer, onePerSubType));
        inOrder.addAll(looseWords);
        inOrder.addAll(List.of(tollOfPrevious, figuresOfPrevious, dayAndPlaceOfPrevious, foreignStateIsParty, cityForCountry,
                continuesEvent, placesJoined, parties, perpetrators, civiliansHit, paragraphArmed, stateAuthor, otherSide));
        chain = new RuleChain<>("sentence", inOrder);
    }

    /** Records that {@code rule} decided something; {@code true}, for use in conditions. */
    boolean fired(Rule rule) {
        return chain.fired(rule);
    }

    List<RuleCount> counts() {
        return chain.counts();
    }
}
