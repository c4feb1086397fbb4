package dev.articleevents.build.archfixture.core;

/** An engine class with a framework import. */
public class FrameworkInEngine {
    public jakarta.inject.Provider<String> injected;
}
