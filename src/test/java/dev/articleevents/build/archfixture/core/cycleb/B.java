package dev.articleevents.build.archfixture.core.cycleb;

import dev.articleevents.build.archfixture.core.cyclea.A;

/** The other half of an engine package cycle. */
public class B {
    public A other;
}
