package dev.articleevents.build.archfixture.http;

import dev.articleevents.build.archfixture.core.extract.Internal;

/** An adapter that reaches into the engine. */
public class ReachIn {
    public int value() {
        return Internal.value();
    }
}
