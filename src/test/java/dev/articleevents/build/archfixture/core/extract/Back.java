package dev.articleevents.build.archfixture.core.extract;

import dev.articleevents.build.archfixture.core.Entry;

/** A step class importing back into the engine's root package. */
public class Back {
    public Entry entry;
}
