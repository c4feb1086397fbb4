package dev.articleevents.core.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceScorerTest {
    @Test
    void thePackagedWeightsCoverEveryFeature() {
        PlaceScorer s = PlaceScorer.load(); // throws when a feature has no weight (weights older than the code)
        assertTrue(s.threshold() > 0 && s.threshold() < 1, "threshold " + s.threshold());
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedSum() {
        int n = PlaceFeatures.ALL.size();
        double[] w = new double[n];
        w[0] = 2;
        w[1] = -1;
        PlaceScorer s = new PlaceScorer(0.5, 0.3, w);
        double[] x = new double[n];
        x[0] = 1;
        x[1] = 1;
        assertEquals(1 / (1 + Math.exp(-1.5)), s.probability(x), 1e-12);
        assertEquals(0.5, PlaceScorer.untrained().probability(x), 1e-12);
    }

    @Test
    void aWeightPerFeatureOrNone() {
        assertThrows(IllegalArgumentException.class, () -> new PlaceScorer(0, 0.5, new double[3]));
    }
}
