package dev.articleevents.core;

import dev.articleevents.core.model.Engine;

/** The engine version written into every document; bump it when rules or lexicons change output. */
public final class EngineInfo {
    public static final String VERSION = "0.1.0";
    public static final Engine ENGINE = new Engine(VERSION);

    private EngineInfo() {
    }
}
