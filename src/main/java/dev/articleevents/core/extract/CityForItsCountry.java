package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

/** "Clashes in Libya", in a story set in Tripoli: the country stands for the city the story is about. */
final class CityForItsCountry implements Rule {
    @Override
    public String description() {
        return "a sentence naming only a country is set in the paragraph's, story's or article's town when that town lies in that country";
    }

    /** The town standing in for {@code country} (a country the sentence named), or null. */
    PlaceMention city(PlaceMention country, SentenceContext ctx, PlaceMention articlePlace) {
        return SentencePlaces.cityIn(country.place().country(), ctx.paragraphPlace, ctx.storyPlace, articlePlace);
    }
}
