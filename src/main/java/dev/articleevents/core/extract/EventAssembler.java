package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Location;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.summarize.DigestWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Groups mentions into events — one kind of action, at one place, on one day — and builds the contract's
 * event records. The same incident told twice (a car bomb via AP, a suicide attack via AFP) is one event:
 * a suicide bomb and a remote explosive at the same place and day are the same kind of action, and a weak
 * word ("killed") joins whatever event shares its place and day. Events dated more than
 * {@value #BACKGROUND_DAYS} days before publication are background and dropped.
 */
public final class EventAssembler {
    /** The fire counts of this step's named rules (none named yet: the rules still live in the methods below). */
    public List<dev.articleevents.core.rules.RuleCount> ruleCounts() {
        return List.of();
    }

    static final int BACKGROUND_DAYS = 30;
    private final Gazetteer gazetteer;
    private final EventScorer scorer;

    public EventAssembler(Gazetteer gazetteer) {
        this(gazetteer, EventScorer.load());
    }

    public EventAssembler(Gazetteer gazetteer, EventScorer scorer) {
        this.gazetteer = gazetteer;
        this.scorer = scorer;
    }

    /** An assembled event, its features and the scorer's probability that it is one to report. */
    public record Scored(EventCandidate candidate, double[] features, double probability) {
    }

    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        private PlaceMention place;
        private String placeKey = "";
        private boolean placeStated;
        /*
         * What the grouping asks of every group for every mention, kept as mentions join: asking the mentions
         * each time made a long article quadratic (a story repeated puts every copy's mentions into one group).
         */
        private boolean anyPlaceStated;
        private boolean anyCountryless;
        private final Set<String> countries = new java.util.HashSet<>();
        private Mention firstDatedAnchored;
        private Mention firstAnchoredOrDated;
        String subEventType;
        String eventType;
        double weight;

        Group(Mention m) {
            add(m);
        }

        void add(Mention m) {
            mentions.add(m);
            notePlace(m);
            anyPlaceStated |= m.placeStated();
            String country = country(m);
            if (country == null) {
                anyCountryless = true;
            } else {
                countries.add(country);
            }
            if (firstDatedAnchored == null && m.dateKnown() && m.anchored()) {
                firstDatedAnchored = m;
            }
            if (firstAnchoredOrDated == null && (m.anchored() || m.dateKnown())) {
                firstAnchoredOrDated = m;
            }
            Trigger t = m.trigger();
            if (subEventType != null && !m.anchored() && !m.headline()) {
                return; // general talk joins an event but does not say what kind it is
            }
            // the title's word outranks the body's only when it is surer (the title names the main event)
            if (subEventType == null
                    || (m.headline() ? t.weight() > weight && !t.subEventType().equals(subEventType) : outranks(t, this))) {
                subEventType = t.subEventType();
                eventType = t.eventType();
            }
            weight = Math.max(weight, t.weight());
        }

        /**
         * Within a family of kinds (lexicon/event-kinds.tsv: a suicide bomb over a car bomb, a protest met by force
         * over a peaceful one) the higher rank names the incident; otherwise a sure word retypes a weak one.
         */
        private static boolean outranks(Trigger t, Group g) {
            if (EventKinds.outranks(t.subEventType(), g.subEventType)) {
                return true;
            }
            if (EventKinds.outranks(g.subEventType, t.subEventType())) {
                return false;
            }
            return g.weight < MentionFinder.WEAK_WEIGHT && t.weight() >= MentionFinder.WEAK_WEIGHT;
        }

        /**
         * The event's place, kept up to date as mentions join (asking every mention each time a new one was
         * compared made long articles quadratic): a place the sentence itself names beats one taken from the
         * context, then the more specific, then the first.
         */
        private void notePlace(Mention m) {
            if (m.place() == null) {
                return;
            }
            boolean better = place == null || m.placeStated() && !placeStated
                    || m.placeStated() == placeStated && m.place().specificity() > place.specificity();
            if (better) {
                place = m.place();
                placeKey = EventAssembler.placeKey(place);
                placeStated = m.placeStated();
            }
        }

        PlaceMention place() {
            return place;
        }

        /** The mention that dates the event: the first that knows its day, preferring one that could start an event. */
        Mention dated() {
            // general talk joined to the event ("the strikes came a week after the chemical attack") does not
            // date it: the event's own undated report, dated by its context, does
            return firstDatedAnchored != null ? firstDatedAnchored : firstAnchoredOrDated != null ? firstAnchoredOrDated : mentions.get(0);
        }
    }

    /** The events to report, of an article's scored events ({@link #score}), each with its probability as its confidence. */
    public List<Event> report(List<Scored> scored) {
        List<Event> events = new ArrayList<>();
        double likeliest = scored.stream().mapToDouble(Scored::probability).max().orElse(1);
        for (Scored s : scored) {
            if (reported(s.probability(), likeliest, scorer.threshold())) {
                events.add(withConfidence(s.candidate().event(), s.probability()));
            }
        }
        return events;
    }

    /**
     * Whether an event of this probability is reported: when the scorer finds it likely enough, or when it is the
     * article's likeliest event (an article telling one event, thinly, still yields it, its low confidence saying so).
     * Training counts kept events by the same rule.
     */
    public static boolean reported(double probability, double articleLikeliest, double threshold) {
        return probability >= threshold || probability == articleLikeliest;
    }

    /**
     * Every event the mentions make, scored, none dropped: what {@link #report} chooses from, and what training
     * learns from. {@code contextCues}: the cue kinds around each mention ({@link EventContextCues});
     * {@code textLength} places each event in the text (the lead weighs differently).
     */
    public List<Scored> score(List<Mention> mentions, Map<Mention, Set<String>> contextCues, LocalDate published, int textLength) {
        List<EventCandidate> candidates = new ArrayList<>();
        for (Group g : groups(mentions, published)) {
            EventCandidate c = build(g, contextCues, published, textLength);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<Scored> out = new ArrayList<>(candidates.size());
        for (EventCandidate c : candidates) {
            double[] x = EventFeatures.vector(c, candidates);
            out.add(new Scored(c, x, scorer.probability(x)));
        }
        return out;
    }

    private List<Group> groups(List<Mention> mentions, LocalDate published) {
        List<Group> groups = new ArrayList<>();
        // which group holds a mention (the earliest, as a scan of the groups would find): a scan per mention
        // made long articles quadratic
        Map<Mention, Integer> groupOf = new IdentityHashMap<>();
        for (boolean anchoredPass : new boolean[]{true, false}) {
            for (Mention m : mentions) {
                if (m.anchored() != anchoredPass || m.headline()) {
                    continue;
                }
                Integer home = m.follows() != null ? groupOf.get(m.follows()) : null;
                String placeKey = home == null ? placeKey(m.place()) : null;
                for (int k = 0; home == null && k < groups.size(); k++) {
                    if (sameEvent(groups.get(k), m, placeKey, published)) {
                        home = k;
                    }
                }
                if (home != null) {
                    groups.get(home).add(m);
                    groupOf.putIfAbsent(m, home);
                } else if (anchoredPass) {
                    groups.add(new Group(m));
                    groupOf.putIfAbsent(m, groups.size() - 1);
                }
            }
        }
        // the title restates the body's main event in fewer words, often naming only the country or the
        // region: it joins the first event of its kind in that country, whatever the day it implies (failing
        // that, the first of exactly its kind anywhere: "Colombia ceasefire" for a ceasefire agreed in Havana)
        for (Mention m : mentions) {
            if (!m.headline()) {
                continue;
            }
            Group home = groups.stream().filter(g -> sameKind(g, m) && sameCountry(g, m)).findFirst()
                    .or(() -> groups.stream().filter(g -> sameKind(g, m) && g.subEventType.equals(m.trigger().subEventType())).findFirst())
                    .orElse(null);
            if (home != null) {
                home.add(m);
            } else if (m.anchored()) {
                groups.add(new Group(m));
            }
        }
        return groups;
    }

    private static boolean background(LocalDate date, LocalDate published) {
        return date != null && published != null && date.isBefore(published.minusDays(BACKGROUND_DAYS));
    }

    private static boolean sameKind(Group g, Mention m) {
        boolean weak = m.trigger().weight() < MentionFinder.WEAK_WEIGHT || g.weight < MentionFinder.WEAK_WEIGHT;
        return sameKindStrictly(g, m) || weak;
    }

    private static boolean sameKindStrictly(Group g, Mention m) {
        return g.subEventType.equals(m.trigger().subEventType()) || EventKinds.sameFamily(g.subEventType, m.trigger().subEventType());
    }

    /** @param placeKey the mention's {@link #placeKey} */
    private static boolean sameEvent(Group g, Mention m, String placeKey, LocalDate published) {
        if (!sameKind(g, m)) {
            return false;
        }
        // a place borrowed from the context says little: a mention whose sentence named no town of its own
        // belongs with the event of its kind in the same country
        boolean borrowed = !m.placeStated() || !g.anyPlaceStated;
        boolean samePlace = g.place() == null || m.place() == null || g.placeKey.equals(placeKey)
                || countryHolds(g.place(), m.place()) || countryHolds(m.place(), g.place())
                || borrowed && sameCountry(g, m);
        Mention dated = g.dated();
        boolean sameDay = !dated.dateKnown() || !m.dateKnown() || Objects.equals(dated.date(), m.date());
        if (!dated.dateKnown() && m.dateKnown() && background(m.date(), published)) {
            return false; // a ceasefire of last year does not join (and date) today's undated report
        }
        if (m.vagueDate() && m.date() == null && !sameKindStrictly(g, m)) {
            return false; // "earlier this week" says no day: a word of another kind joins nothing on it
        }
        return samePlace && sameDay && g.mentions.get(0).story() >= 0;
    }

    private static boolean sameCountry(Group g, Mention m) {
        String mine = country(m);
        if (mine == null) {
            return true;
        }
        return g.anyCountryless || g.countries.contains(mine);
    }

    private static String country(Mention m) {
        if (m.place() != null && m.place().place() != null) {
            return m.place().place().country();
        }
        return m.enclosing() != null && m.enclosing().place() != null ? m.enclosing().place().country() : null;
    }

    /** A report naming only the country and one naming a town in it can be the same event. */
    private static boolean countryHolds(PlaceMention country, PlaceMention other) {
        return country.place() != null && country.place().isCountry() && other.place() != null
                && !other.place().isCountry() && country.place().country().equals(other.place().country());
    }

    static String placeKey(PlaceMention p) {
        if (p == null) {
            return "";
        }
        return p.place() != null ? "g" + p.place().geonameId() + p.place().name() : "t" + TextNormalizer.normalize(p.surface());
    }

    private EventCandidate build(Group g, Map<Mention, Set<String>> contextCues, LocalDate published, int textLength) {
        PlaceMention placeMention = g.place();
        if (placeMention == null) {
            return null; // nowhere to put it: not reported
        }
        Mention dated = g.dated();
        boolean vague = g.mentions.stream().allMatch(Mention::vagueDate);
        LocalDate date = vague ? null : dated.date();
        // a vague date may still bound the day ("in January": on or before the 31st)
        LocalDate latest = vague ? dated.date() : date;
        if (background(latest, published)) {
            return null;
        }
        String dateText = dated.dateKnown() ? dated.dateText() : null;
        PlaceMention sub = g.mentions.stream().map(Mention::sublocation).filter(Objects::nonNull).findFirst().orElse(null);
        Location location = location(placeMention, sub, g);
        String countryName = countryName(location.country());

        CasualtyTally tally = new CasualtyTally();
        Set<String> sources = new LinkedHashSet<>();
        Set<Span> evidence = new LinkedHashSet<>();
        for (Mention m : g.mentions) {
            for (CasualtyFigure f : m.casualties()) {
                tally.add(f, m.sources());
            }
            sources.addAll(m.sources());
            evidence.add(m.sentence());
        }
        CasualtyFigure killed = tally.fatalities();
        CasualtyFigure injured = tally.injured();
        String subType = territoryTakenBy(g, location.country());
        List<Actor> actors = ActorRoles.assign(g.mentions, subType, countryName);
        List<Span> spans = evidence.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList();
        Event draft = new Event(g.eventType, subType, date == null ? null : date.toString(), dateText, location, actors,
                killed == null ? null : killed.count().value(), killed == null ? null : killed.text(),
                injured == null ? null : injured.count().value(), injured == null ? null : injured.text(),
                tally.reports(), List.copyOf(sources), spans, 0, null);
        long anchored = g.mentions.stream().filter(Mention::anchored).count();
        Integer daysBefore = date == null || published == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(date, published);
        int first = spans.isEmpty() ? 0 : spans.get(0).start();
        Map<String, Double> cueShares = new java.util.HashMap<>();
        for (String kind : EventContextCues.KINDS) {
            long with = g.mentions.stream().filter(m -> contextCues.getOrDefault(m, Set.of()).contains(kind)).count();
            cueShares.put(kind, with / (double) g.mentions.size());
        }
        return new EventCandidate(withDigest(draft), g.weight, g.mentions.size(), anchored / (double) g.mentions.size(),
                dated.dateKnown(), daysBefore, g.mentions.stream().anyMatch(Mention::placeStated),
                g.mentions.stream().anyMatch(Mention::headline), g.mentions.stream().anyMatch(m -> m.follows() != null),
                g.mentions.get(0).story(), textLength == 0 ? 0 : Math.min(1, first / (double) textLength), placeKey(placeMention),
                Map.copyOf(cueShares));
    }

    private static Event withConfidence(Event e, double probability) {
        return new Event(e.eventType(), e.subEventType(), e.date(), e.dateText(), e.location(), e.actors(), e.fatalities(),
                e.fatalitiesText(), e.injured(), e.injuredText(), e.casualtyReports(), e.sources(), e.evidence(),
                rounded(probability), e.digest());
    }

    /**
     * Ground taken: by the state's own forces at home → Government regains territory; by an armed group or a
     * foreign army → Non-state actor overtakes territory (ACLED practice). The taker is the first armed
     * actor of the first mention that names one.
     */
    private String territoryTakenBy(Group g, String country) {
        if (!g.subEventType.endsWith("territory") || g.subEventType.startsWith("Non-violent")) {
            return g.subEventType;
        }
        for (Mention m : g.mentions) {
            for (ActorMention a : m.actors()) {
                if (a.kind().equals("civilians") || "target".equals(a.cuedRole())) {
                    continue;
                }
                boolean ownState = a.isStateForce() && (a.canonical().contains(ActorMention.COUNTRY_PLACEHOLDER)
                        || !a.canonical().startsWith("Military Forces of") && !a.canonical().startsWith("Police Forces of")
                        || country != null && a.canonical().endsWith(countryName(country)));
                return ownState ? "Government regains territory" : "Non-state actor overtakes territory";
            }
        }
        return g.subEventType;
    }

    private static Event withDigest(Event e) {
        return new Event(e.eventType(), e.subEventType(), e.date(), e.dateText(), e.location(), e.actors(), e.fatalities(),
                e.fatalitiesText(), e.injured(), e.injuredText(), e.casualtyReports(), e.sources(), e.evidence(),
                e.confidence(), DigestWriter.digest(e));
    }

    private Location location(PlaceMention pm, PlaceMention sub, Group g) {
        String sublocation = sub == null ? null : sub.surface();
        Place p = pm.place();
        if (p != null) {
            // a named area stands at a town inside it: "part of a region", not the region as a whole
            int precision = p.isCountry() ? 3 : p.isArea() ? 2 : "region".equals(p.kind()) ? 3 : "near".equals(pm.cueKind()) ? 2 : 1;
            return new Location(p.name(), pm.surface(), p.country(), p.isCountry() ? null : p.admin1(), p.lat(), p.lon(),
                    p.geonameId() == 0 ? null : p.geonameId(), sublocation, precision, p.isCountry() ? "country" : "gazetteer", rounded(pm.probability()));
        }
        // a village or camp the gazetteer lacks: placed at the best enclosing place the text gives
        Place enclosing = null;
        for (Mention m : g.mentions) {
            if (m.enclosing() != null && m.enclosing().place() != null) {
                enclosing = m.enclosing().place();
                break;
            }
        }
        return new Location(pm.surface(), pm.surface(), enclosing == null ? null : enclosing.country(),
                enclosing == null || enclosing.isCountry() ? null : enclosing.admin1(),
                enclosing == null ? null : enclosing.lat(), enclosing == null ? null : enclosing.lon(), null, sublocation, 2,
                enclosing == null ? "none" : "enclosing-place", null);
    }

    private static Double rounded(Double probability) {
        return probability == null ? null : Math.round(probability * 1000) / 1000.0;
    }

    private String countryName(String cc) {
        if (cc == null) {
            return null;
        }
        Place country = gazetteer.country(cc);
        return country == null ? cc : country.name();
    }
}
