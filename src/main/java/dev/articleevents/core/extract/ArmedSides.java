package dev.articleevents.core.extract;

import java.util.List;

/**
 * The sides of a fight among the armed actors a sentence names: "l'armée" (Military Forces of the event's
 * country, not yet known when the sentence is read) and "les soldats maliens" are one side.
 */
final class ArmedSides {
    private ArmedSides() {
    }

    /** How many sides the armed actors form: "l'armée" (Military Forces of the event's country) is "les soldats maliens". */
    static long count(List<ActorMention> actors) {
        List<ActorMention> armed = actors.stream().filter(ActorMention::isArmed).toList();
        long sides = 0;
        for (int i = 0; i < armed.size(); i++) {
            ActorMention a = armed.get(i);
            boolean seen = false;
            for (int k = 0; k < i && !seen; k++) {
                seen = same(armed.get(k), a);
            }
            sides += seen ? 0 : 1;
        }
        return sides;
    }

    static boolean same(ActorMention a, ActorMention b) {
        if (a.canonical().equals(b.canonical())) {
            return true;
        }
        String placeholder = " of " + ActorMention.COUNTRY_PLACEHOLDER;
        ActorMention generic = a.canonical().contains(placeholder) ? a : b.canonical().contains(placeholder) ? b : null;
        if (generic == null) {
            return false;
        }
        ActorMention other = generic == a ? b : a;
        String prefix = generic.canonical().substring(0, generic.canonical().indexOf(placeholder) + 4);
        return other.canonical().startsWith(prefix);
    }
}
