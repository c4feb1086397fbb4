package dev.articleevents.wiring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimingPolicyTest {
    @Test
    void primesWhereNoEventWaits() {
        assertTrue(AnalyzerProducer.primingWanted("snap-start"));
        assertTrue(AnalyzerProducer.primingWanted("provisioned-concurrency"));
        assertTrue(AnalyzerProducer.primingWanted(null), "outside Lambda");
        assertFalse(AnalyzerProducer.primingWanted("on-demand"));
    }
}
