package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;

/** "Explosions were heard as the strikes hit": the blasts of a strike are the strike, not a bomb. */
final class BlastsOfAStrike extends VagueBesideSurer {
    @Override
    public String description() {
        return "a loose explosive word beside an air strike or shelling is the strike's blasts, not a bomb: dropped";
    }

    @Override
    boolean tells(Trigger t) {
        return AcledLabel.AIR_DRONE_STRIKE.is(t.subEventType()) || AcledLabel.SHELLING_ARTILLERY_MISSILE_ATTACK.is(t.subEventType());
    }

    @Override
    boolean looseWordFor(Trigger t) {
        return AcledLabel.REMOTE_EXPLOSIVE_LANDMINE_IED.is(t.subEventType());
    }
}
