package dev.articleevents.core.extract;

import dev.articleevents.core.language.Joiners;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * "In the West Bank and the Gaza Strip", "in Kafr Batna and Saqba": one event per place (ACLED practice); a toll
 * given for the places together belongs to none of them alone.
 */
final class PlacesJoinedByAnd implements Rule {
    @Override
    public String description() {
        return "towns of one rank joined by \"and\" or a list comma are one event each; a toll for them together belongs to none";
    }

    /** Places of the same rank joined to {@code place} by "and" (or a comma in a list): "X and Y"; none after "between". */
    List<PlaceMention> joinedTo(String text, List<PlaceMention> places, PlaceMention place, List<Token> tokens) {
        List<PlaceMention> out = new ArrayList<>();
        for (int k = Math.max(0, place.start() - 3); k < place.start(); k++) {
            if (Joiners.isBetween(tokens.get(k).norm())) {
                return out; // "entre les localités de X et Y": one place between two
            }
        }
        PlaceMention last = place;
        for (PlaceMention p : places) {
            if (p.start() < last.end() || p == place) {
                continue;
            }
            if (!joined(text, tokens, last, p) || p.specificity() != place.specificity() || p.specificity() < 2
                    || p.place() != null && place.place() != null && p.place().geonameId() == place.place().geonameId()) {
                break;
            }
            out.add(p);
            last = p;
        }
        return out;
    }

    /** "X وY" (glued), "X and Y", "X, Y". */
    private static boolean joined(String text, List<Token> tokens, PlaceMention last, PlaceMention p) {
        String between = text.substring(tokens.get(last.end() - 1).end(), tokens.get(p.start()).start()).strip();
        boolean glued = p.start() == last.end() && between.isEmpty() && Joiners.startsWithAnd(tokens.get(p.start()).norm());
        boolean joined = p.start() == last.end() + 1 && Joiners.isAnd(tokens.get(last.end()).norm())
                && between.equalsIgnoreCase(tokens.get(last.end()).surface());
        boolean listed = p.start() == last.end() && Joiners.isComma(between);
        return glued || joined || listed;
    }
}
