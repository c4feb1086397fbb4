package dev.articleevents.core.extract;

import dev.articleevents.core.model.CasualtyReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one event, one report per source ("unattributed" when the text names none).
 * Headline: the highest of the reports' death tolls, each report's toll the one the toll scorer found likeliest
 * ({@link #headlineTolls}; without a choice, its highest), with the other sides' tolls of its report added when it
 * counts one side, and the injured figure of that same report (kept
 * as text with a null number when it is vague, e.g. "عشرات"); when that report gives no injured figure,
 * or only a vague one while another report gives a number, the highest exact injured figure of the others.
 * Attackers who blew themselves up are added to the dead of the report that counts them (ACLED counts them
 * among an event's fatalities).
 */
final class CasualtyTally {
    static final String UNATTRIBUTED = "unattributed";
    private final Map<String, Report> reports = new LinkedHashMap<>();
    /** each source's toll as the toll scorer chose it (null: no choice made, the highest toll of each report counts) */
    private Map<String, CasualtyFigure> chosen;
    /** the exact injured figure each toll's sentence gives beside it */
    private final Map<CasualtyFigure, CasualtyFigure> injuredBeside = new java.util.HashMap<>();

    private static final class Report {
        CasualtyFigure killed;
        CasualtyFigure injured;
        CasualtyFigure attackers;
        /** the highest toll told for each side ("onze soldats": state, "onze terroristes": nonstate) */
        final Map<String, CasualtyFigure> killedByGroup = new LinkedHashMap<>();

        private CasualtyFigure killedOrGroups() {
            CasualtyFigure groups = sumOfGroups();
            return groups != null && (killed == null || killed.count().value() == null || groups.count().value() > killed.count().value())
                    ? groups : killed;
        }

        /** The dead of both sides added up, when the report tells them apart and every toll is exact; else null. */
        private CasualtyFigure sumOfGroups() {
            if (killedByGroup.size() < 2 || killedByGroup.values().stream().anyMatch(f -> f.count().value() == null)) {
                return null;
            }
            int sum = 0;
            List<String> texts = new ArrayList<>();
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (CasualtyFigure f : killedByGroup.values()) {
                sum += f.count().value();
                texts.add(f.text());
                start = Math.min(start, f.start());
                end = Math.max(end, f.end());
            }
            CasualtyFigure first = killedByGroup.values().iterator().next();
            return new CasualtyFigure(CasualtyFigure.KILLED, new Count(sum, first.count().kind(), first.count().start(), first.count().end()),
                    String.join(" … ", texts), start, end);
        }

        /**
         * The dead with the attackers added, when both are exact; otherwise the dead as told. The dead of both
         * sides told apart add up when their sum exceeds any single toll (the gold convention: partial counts by
         * group and no total → their sum).
         */
        CasualtyFigure dead() {
            return deadCounting(killedOrGroups());
        }

        /**
         * The dead as {@code toll} gives them: with the other sides' tolls added when it counts one side and the
         * report tells every side exactly, and with the attackers.
         */
        CasualtyFigure deadFrom(CasualtyFigure toll) {
            CasualtyFigure groups = toll.group() != null && killedByGroup.get(toll.group()) != null ? sumOfGroups() : null;
            return deadCounting(groups != null && groups.count().value() > toll.count().value() ? groups : toll);
        }

        private CasualtyFigure deadCounting(CasualtyFigure killed) {
            if (attackers == null || attackers.count().value() == null) {
                return killed;
            }
            if (killed == null) {
                return attackers;
            }
            if (killed.count().value() == null) {
                return killed;
            }
            Count sum = new Count(killed.count().value() + attackers.count().value(), killed.count().kind(),
                    killed.count().start(), killed.count().end());
            return new CasualtyFigure(CasualtyFigure.KILLED, sum, killed.text() + " … " + attackers.text(),
                    Math.min(killed.start(), attackers.start()), Math.max(killed.end(), attackers.end()));
        }
    }

    /** The report a figure told with these sources goes to. */
    static String sourceOf(List<String> sources) {
        return sources.isEmpty() ? UNATTRIBUTED : sources.get(0);
    }

    /**
     * The exact death toll chosen for each source's report; a source missing from the map has no exact toll the
     * scorer kept, and an empty map means the event reports no exact toll.
     */
    void headlineTolls(Map<String, CasualtyFigure> bySource) {
        chosen = Map.copyOf(bySource);
    }

    /** The injured figure the sentence of {@code toll} gives beside it (null: none), for when that toll is chosen. */
    void injuredBeside(CasualtyFigure toll, CasualtyFigure injured) {
        if (injured != null) {
            injuredBeside.putIfAbsent(toll, injured);
        }
    }

    /** A report's dead: from its chosen toll when the scorer chose, else from its highest toll. */
    private CasualtyFigure deadOf(String source, Report r) {
        if (chosen == null) {
            return r.dead();
        }
        CasualtyFigure toll = chosen.get(source);
        return toll == null ? null : r.deadFrom(toll);
    }

    void add(CasualtyFigure figure, List<String> sources) {
        String source = sourceOf(sources);
        Report r = reports.computeIfAbsent(source, k -> new Report());
        if (figure.kind().equals(CasualtyFigure.KILLED)) {
            r.killed = better(r.killed, figure);
            if (figure.group() != null) {
                r.killedByGroup.merge(figure.group(), figure, CasualtyTally::better);
            }
        } else if (figure.kind().equals(CasualtyFigure.ATTACKERS_KILLED)) {
            r.attackers = better(r.attackers, figure);
        } else {
            r.injured = better(r.injured, figure);
        }
    }

    private static CasualtyFigure better(CasualtyFigure current, CasualtyFigure candidate) {
        if (current == null) {
            return candidate;
        }
        Integer a = current.count().value();
        Integer b = candidate.count().value();
        if (a == null) {
            return b != null ? candidate : current;
        }
        return b != null && b > a ? candidate : current;
    }

    boolean isEmpty() {
        return reports.isEmpty();
    }

    List<CasualtyReport> reports() {
        List<CasualtyReport> out = new ArrayList<>();
        reports.forEach((source, r) -> {
            // a source's report gives its chosen toll; one whose tolls the scorer all refused still says what the text said
            CasualtyFigure dead = chosen != null && chosen.containsKey(source) ? deadOf(source, r) : r.dead();
            out.add(new CasualtyReport(source, dead == null ? null : dead.count().value(), dead == null ? null : dead.text(),
                    r.injured == null ? null : r.injured.count().value(), r.injured == null ? null : r.injured.text()));
        });
        return out;
    }

    /** The report the headline figures come from, or null when no report has an exact death toll. */
    private Map.Entry<String, Report> headline() {
        Map.Entry<String, Report> best = null;
        int bestDead = 0;
        for (Map.Entry<String, Report> e : reports.entrySet()) {
            CasualtyFigure k = deadOf(e.getKey(), e.getValue());
            if (k != null && k.count().value() != null && (best == null || k.count().value() > bestDead)) {
                best = e;
                bestDead = k.count().value();
            }
        }
        return best;
    }

    CasualtyFigure fatalities() {
        Map.Entry<String, Report> h = headline();
        if (h != null) {
            return deadOf(h.getKey(), h.getValue());
        }
        if (chosen != null) {
            return null; // the toll scorer kept none of the exact tolls; a vague figure beside them is no better
        }
        for (Report r : reports.values()) {
            CasualtyFigure dead = r.dead();
            if (dead != null) {
                return dead; // only vague figures
            }
        }
        return null;
    }

    CasualtyFigure injured() {
        Map.Entry<String, Report> h = headline();
        // "faisant au moins 20 morts et 38 blessés": the injured told with the chosen toll, not the report's largest
        CasualtyFigure beside = h == null || chosen == null ? null : injuredBeside.get(chosen.get(h.getKey()));
        if (beside != null) {
            return beside;
        }
        boolean exactElsewhere = reports.values().stream().anyMatch(r -> r.injured != null && r.injured.count().value() != null);
        if (h != null && h.getValue().injured != null && (h.getValue().injured.count().value() != null || !exactElsewhere)) {
            return h.getValue().injured;
        }
        CasualtyFigure best = null;
        for (Report r : reports.values()) {
            if (r.injured != null) {
                best = best == null ? r.injured : better(best, r.injured);
            }
        }
        return best;
    }
}
