package dev.articleevents.build.archfixture.storage;

import dev.articleevents.build.archfixture.local.Stack;

/** One half of a cycle between top-level packages. */
public class Store {
    public Stack stack;
}
