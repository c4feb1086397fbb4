package dev.articleevents.build.archfixture.local;

import dev.articleevents.build.archfixture.storage.Store;

/** The other half of a cycle between top-level packages. */
public class Stack {
    public Store store;
}
