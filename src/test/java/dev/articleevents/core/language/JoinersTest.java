package dev.articleevents.core.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** language/joiners.tsv, the one list of the words that join: "and" in each language, glued or not, and list commas. */
class JoinersTest {
    @Test
    void andInEachLanguage() {
        assertTrue(Joiners.isAnd("و"));
        assertTrue(Joiners.isAnd("and"));
        assertTrue(Joiners.isAnd("et"));
        assertFalse(Joiners.isAnd("or"));
    }

    @Test
    void gluedConjunctions() {
        assertTrue(Joiners.startsWithAnd("وسقبا"));
        assertEquals("خمسه", Joiners.withoutConjunction("وخمسه"));
        assertEquals("خمسه", Joiners.withoutConjunction("فخمسه"));
        assertNull(Joiners.withoutConjunction("خمسه"));
        assertTrue(Joiners.isComma("،"));
    }
}
