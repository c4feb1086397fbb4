package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

/** A report naming only the country and one naming a town in it can be the same event: one is the coarser telling. */
final class CountryHoldsTown implements Rule {
    @Override
    public String description() {
        return "a mention placed only at a country joins the event of its kind at a town of that country (and the reverse)";
    }

    boolean holds(PlaceMention country, PlaceMention other) {
        return country.place() != null && country.place().isCountry() && other.place() != null
                && !other.place().isCountry() && country.place().country().equals(other.place().country());
    }
}
