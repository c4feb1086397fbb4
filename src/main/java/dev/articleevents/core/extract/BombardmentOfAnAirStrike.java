package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;

/** "Barrel-bomb bombardment", "bombardment" beside a sure air strike: the bombing is the strike's, not artillery. */
final class BombardmentOfAnAirStrike extends VagueBesideSurer {
    @Override
    public String description() {
        return "a loose shelling word beside a sure air strike is the strike's bombing, not artillery: dropped";
    }

    @Override
    boolean tells(Trigger t) {
        return AcledLabel.AIR_DRONE_STRIKE.is(t.subEventType()) && t.weight() >= VAGUE_BELOW;
    }

    @Override
    boolean looseWordFor(Trigger t) {
        return AcledLabel.SHELLING_ARTILLERY_MISSILE_ATTACK.is(t.subEventType());
    }
}
