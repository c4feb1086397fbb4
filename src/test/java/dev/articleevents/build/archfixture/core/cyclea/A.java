package dev.articleevents.build.archfixture.core.cyclea;

import dev.articleevents.build.archfixture.core.cycleb.B;

/** One half of an engine package cycle. */
public class A {
    public B other;
}
