package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** The title names the article's main event, but in few words: its word outranks the body's only when surer. */
final class TitleRetypesWhenSurer implements Rule {
    @Override
    public String description() {
        return "the title's word retypes the body's event only when it is surer than the body's words";
    }

    boolean retypes(Trigger title, String subEventType, double weight) {
        return title.weight() > weight && !title.subEventType().equals(subEventType);
    }
}
