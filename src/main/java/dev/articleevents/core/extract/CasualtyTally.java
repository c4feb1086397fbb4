package dev.articleevents.core.extract;

import dev.articleevents.core.model.CasualtyReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one event, one report per source ("unattributed" when the text names none).
 * Headline rule: the highest exact death toll among the reports — tolls are revised upward, so the highest
 * is in practice the latest update the article gives — and the injured figure of that same report (kept
 * as text with a null number when it is vague, e.g. "عشرات"); when that report gives no injured figure,
 * or only a vague one while another report gives a number, the highest exact injured figure of the others.
 * Attackers who blew themselves up are added to the dead of the report that counts them (ACLED counts them
 * among an event's fatalities).
 */
final class CasualtyTally {
    static final String UNATTRIBUTED = "unattributed";
    private final Map<String, Report> reports = new LinkedHashMap<>();

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
            CasualtyFigure killed = killedOrGroups();
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

    void add(CasualtyFigure figure, List<String> sources) {
        String source = sources.isEmpty() ? UNATTRIBUTED : sources.get(0);
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
            CasualtyFigure dead = r.dead();
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
            CasualtyFigure k = e.getValue().dead();
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
            return h.getValue().dead();
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
