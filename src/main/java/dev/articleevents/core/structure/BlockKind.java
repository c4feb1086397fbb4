package dev.articleevents.core.structure;

/** What a line of the article is for. Only paragraphs carry news; the rest is never summarised. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, CAPTION, SOURCE_LINE, BOILERPLATE
}
