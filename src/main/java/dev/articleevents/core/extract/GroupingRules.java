package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;
import dev.articleevents.core.rules.RuleChain;
import dev.articleevents.core.rules.RuleCount;

import java.util.List;

/**
 * The grouping rules of one assembler, in the order they are tried, and their fire counts (chain "grouping"):
 * which group a mention joins, which kind the group takes, and which groups are no events.
 */
final class GroupingRules {
    final AnaphorJoinsEventJustTold anaphor = new AnaphorJoinsEventJustTold();
    final WeakWordJoinsAnyKind weakWord = new WeakWordJoinsAnyKind();
    final FamilyKindsMerge family = new FamilyKindsMerge();
    final CountryHoldsTown countryHoldsTown = new CountryHoldsTown();
    final BorrowedPlaceJoinsCountry borrowedPlace = new BorrowedPlaceJoinsCountry();
    final BackgroundDayJoinsNothing backgroundDay = new BackgroundDayJoinsNothing();
    final VagueDayJoinsOnlyItsKind vagueDay = new VagueDayJoinsOnlyItsKind();
    final SamePlaceDaySameEvent samePlaceDay = new SamePlaceDaySameEvent();
    final GeneralTalkStartsNoEvent generalTalkStarts = new GeneralTalkStartsNoEvent();
    final TitleJoinsBodyEvent title = new TitleJoinsBodyEvent();
    final GeneralTalkKeepsKind generalTalkKeeps = new GeneralTalkKeepsKind();
    final TitleRetypesWhenSurer titleRetypes = new TitleRetypesWhenSurer();
    final HigherRankNamesIncident higherRank = new HigherRankNamesIncident();
    final SureWordRetypesWeak sureWord = new SureWordRetypesWeak();
    final NoPlaceNoEvent noPlace = new NoPlaceNoEvent();
    final BackgroundEventDropped background = new BackgroundEventDropped();
    final TakerNamesTerritoryChange territory = new TakerNamesTerritoryChange();
    final ProtestTurnedViolent violentProtest = new ProtestTurnedViolent();
    private final RuleChain<Rule> chain = new RuleChain<>("grouping", List.of(anaphor, weakWord, family, countryHoldsTown,
            borrowedPlace, backgroundDay, vagueDay, samePlaceDay, generalTalkStarts, title, generalTalkKeeps, titleRetypes,
            higherRank, sureWord, noPlace, background, territory, violentProtest));

    /** Records that {@code rule} decided something; true, for use in conditions. */
    boolean fired(Rule rule) {
        return chain.fired(rule);
    }

    List<RuleCount> counts() {
        return chain.counts();
    }
}
