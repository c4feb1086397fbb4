package dev.articleevents.core.extract;

import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.model.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roles of an event's actors. Fights and demonstrations have participants; otherwise an actor named before
 * the event word get their role from a cue word before them ("against X" → target, "claimed by X" →
 * perpetrator; lexicon/role-cues.tsv), else the first armed actor of the sentence is the perpetrator and the
 * others targets. Civilians
 * are always targets. When the text names no one for a violence-against-civilians, protest or riot event,
 * the generic actor ACLED would record is added (Civilians / Protesters / Rioters of the country), and an
 * attack or bombing with no named author gets an unidentified armed group as its perpetrator.
 */
final class ActorRoles {
    private static final String UNIDENTIFIED = "Unidentified Armed Group";
    private ActorRoles() {
    }

    private static ActorMention firstArmed(Mention m) {
        for (ActorMention a : m.actors()) {
            if (!a.kind().equals("civilians") && a.cuedRole() == null) {
                return a;
            }
        }
        return null;
    }

    private static int words(String s) {
        return PhraseLexicon.wordsOf(s).size();
    }

    static List<Actor> assign(List<Mention> mentions, String subEventType, String countryName) {
        Map<String, Actor> out = new LinkedHashMap<>();
        EventKinds.Kind kind = EventKinds.of(subEventType);
        boolean participants = kind.participants();
        for (Mention m : mentions) {
            for (ActorMention a : m.actors()) {
                String country = countryName == null ? "unknown country" : countryName;
                String name = a.canonical().replace("of " + ActorMention.COUNTRY_PLACEHOLDER, "of " + CountryNames.afterOf(country))
                        .replace(ActorMention.COUNTRY_PLACEHOLDER, country);
                String role;
                if (a.kind().equals("civilians")) {
                    role = "target";
                } else if (participants) {
                    role = "participant";
                } else if (a.cuedRole() != null) {
                    role = a.cuedRole();
                } else if (kind.stateAuthor()) {
                    role = a.kind().equals("state-military") ? "perpetrator" : "target"; // only states fly strikes here
                } else {
                    // English and French name the agent first; Arabic puts it right after the verb
                    role = firstArmed(m) == a ? "perpetrator" : "target";
                }
                Actor seen = out.get(name);
                if (seen == null) {
                    out.put(name, new Actor(name, a.surface(), role));
                } else if (a.surface() != null && (seen.nameInText() == null || words(a.surface()) > words(seen.nameInText()))) {
                    // the fullest wording names the actor best ("القوات التركية" rather than "لتركيا")
                    out.put(name, new Actor(name, a.surface(), seen.role()));
                }
            }
        }
        List<Actor> actors = new ArrayList<>(out.values());

        String implied = kind.implied();
        if (implied != null && countryName != null && actors.stream().noneMatch(a -> a.name().startsWith(implied))) {
            actors.add(new Actor(implied + " (" + countryName + ")", null, implied.equals("Civilians") ? "target" : "participant"));
        }
        // an attack, bombing or shelling whose author the text does not name: ACLED records an unidentified
        // armed group (air strikes are left alone: only states fly them, and the text rarely hides which)
        boolean oneSided = kind.unnamedAuthor();
        if (oneSided && countryName != null && actors.stream().noneMatch(a -> "perpetrator".equals(a.role()))) {
            actors.add(0, new Actor(UNIDENTIFIED + " (" + countryName + ")", null, "perpetrator"));
        }
        return actors;
    }
}
