package dev.articleevents.build.archfixture.core;

import dev.articleevents.build.archfixture.core.extract.Back;

/** An engine root class in a cycle with a step package. */
public class Entry {
    public Back step;
}
