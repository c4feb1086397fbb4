package dev.articleevents.core.model;

/**
 * The ACLED event types and sub-event types the contract's {@code eventType} and {@code subEventType} carry
 * (exact labels, CONTRACT.md). The one place in the engine where these labels are spelled out; how each kind
 * behaves is data ({@code lexicon/event-kinds.tsv}).
 */
public enum AcledLabel {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments"),

    ARMED_CLASH("Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory"),
    AIR_DRONE_STRIKE("Air/drone strike"),
    SUICIDE_BOMB("Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED("Remote explosive/landmine/IED"),
    GRENADE("Grenade"),
    CHEMICAL_WEAPON("Chemical weapon"),
    ATTACK("Attack"),
    ABDUCTION_FORCED_DISAPPEARANCE("Abduction/forced disappearance"),
    SEXUAL_VIOLENCE("Sexual violence"),
    PEACEFUL_PROTEST("Peaceful protest"),
    PROTEST_WITH_INTERVENTION("Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters"),
    VIOLENT_DEMONSTRATION("Violent demonstration"),
    MOB_VIOLENCE("Mob violence"),
    AGREEMENT("Agreement"),
    ARRESTS("Arrests"),
    CHANGE_TO_GROUP_ACTIVITY("Change to group/activity"),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED("Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY("Non-violent transfer of territory"),
    OTHER("Other");

    private final String label;

    AcledLabel(String label) {
        this.label = label;
    }

    /** The exact ACLED label. */
    public String label() {
        return label;
    }

    /** Whether {@code text} is this label (null is none). */
    public boolean is(String text) {
        return label.equals(text);
    }
}
