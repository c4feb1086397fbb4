package dev.articleevents.core.extract;

import dev.articleevents.core.language.Joiners;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.TsvResource;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Date expressions (lexicon/dates.tsv) resolved against the publication date:
 * <ul>
 *   <li>weekday names (الثلاثاء, Tuesday, mardi): the latest such day on or before publication;</li>
 *   <li>relative words (أمس, yesterday, hier, غداة …): publication date plus the listed offset;</li>
 *   <li>absolute dates: day + month [+ year] in either order, both Arabic month series; without a year, the
 *       latest such date on or before publication;</li>
 *   <li>vague expressions (last week, الأسبوع الماضي): no day.</li>
 * </ul>
 */
public final class DateResolver {
    private final Map<String, PhraseLexicon<String>> phrases = new HashMap<>();
    private final Set<String> monthWords = new HashSet<>();
    /** Ordinal day names in matching form ("الثامن" → 8, "الحادي عشر" → 11). */
    private final java.util.Map<String, Integer> dayWords = new java.util.HashMap<>();
    private final Set<String> calendarWords = new HashSet<>();
    private final java.util.Map<String, Set<String>> monthLeads = new java.util.HashMap<>();
    private final java.util.Map<String, Set<String>> clockZones = new java.util.HashMap<>();
    /** Words right after a relative date that make it count from what follows ("قبل يومين من الانتخابات"), per language. */
    private final java.util.Map<String, Set<String>> countedFrom = new java.util.HashMap<>();
    /**
     * Words between two weekdays of one night ("à", "to"), any language: the matching forms of dates.tsv's
     * night-joiners, each with whether the second day dates the night (French usage) rather than the first.
     */
    private final Map<String, Boolean> nightJoiners = new HashMap<>();
    /** Words between a day and its month ("of", "de"), any language. */
    private final Set<String> dayOf = new HashSet<>();

    public DateResolver() {
        for (String[] row : TsvResource.rows("lexicon/dates.tsv", 4)) {
            PhraseLexicon<String> lexicon = phrases.computeIfAbsent(row[0], k -> new PhraseLexicon<>());
            switch (row[1]) {
                case "weekday" -> {
                    lexicon.add(row[2], "weekday:" + row[3]);
                    for (Token t : dev.articleevents.core.language.Tokenizer.tokenize(row[2])) {
                        calendarWords.add(t.norm());
                    }
                }
                case "relative" -> {
                    List<Token> words = dev.articleevents.core.language.Tokenizer.tokenize(row[2]);
                    if (!row[3].equals("part")) {
                        lexicon.add(row[2], "relative:" + row[3]);
                    } else if (words.size() == 1) {
                        // "ليل الأحد": a part of the day, whatever town shares the word (Lille)
                        calendarWords.add(words.get(0).norm());
                    }
                }
                case "following" -> lexicon.add(row[2], "following:" + row[3]);
                case "eve" -> lexicon.add(row[2], "eve:" + row[3]);
                case "month" -> {
                    lexicon.add(row[2], "month:" + row[3]);
                    for (Token t : dev.articleevents.core.language.Tokenizer.tokenize(row[2])) {
                        monthWords.add(t.norm());
                        calendarWords.add(t.norm());
                    }
                }
                case "month-lead" -> monthLeads.computeIfAbsent(row[0], k -> new HashSet<>())
                        .add(dev.articleevents.core.language.TextNormalizer.normalize(row[2]));
                case "clock-zone" -> clockZones.computeIfAbsent(row[0], k -> new HashSet<>())
                        .add(dev.articleevents.core.language.TextNormalizer.normalize(row[2]));
                case "counted-from" -> countedFrom.computeIfAbsent(row[0], k -> new HashSet<>())
                        .add(dev.articleevents.core.language.TextNormalizer.normalize(row[2]));
                case "night-joiner" -> nightJoiners.put(dev.articleevents.core.language.TextNormalizer.normalize(row[2]),
                        switch (row[3]) {
                            case "first" -> false;
                            case "second" -> true;
                            default -> throw new IllegalStateException("lexicon/dates.tsv: night-joiner " + row[2] + " needs first or second");
                        });
                case "day-of" -> dayOf.add(dev.articleevents.core.language.TextNormalizer.normalize(row[2]));
                case "day" -> dayWords.put(String.join(" ", dev.articleevents.core.language.Tokenizer.tokenize(row[2]).stream()
                        .map(Token::norm).toList()), Integer.parseInt(row[3]));
                default -> { /* other kinds are not dates */ }
            }
        }
    }

    /** Normalised month and weekday names, and one-word parts of the day ("ليل", "morning"). */
    public Set<String> calendarWords() {
        return calendarWords;
    }

    /** Normalised words that name months (used to tell "12 May" from a count of 12). */
    public Set<String> monthWords() {
        return monthWords;
    }

    public List<DateMention> find(String text, List<Token> tokens, int from, int to, LocalDate published, String language) {
        List<DateMention> out = new ArrayList<>();
        PhraseLexicon<String> lexicon = phrases.get(language);
        if (lexicon == null) {
            return out;
        }
        List<PhraseLexicon.Match<String>> matches = lexicon.findLongest(tokens, from, to);
        Set<Integer> consumed = new HashSet<>();
        for (PhraseLexicon.Match<String> m : matches) {
            if (!m.value().startsWith("month:")) {
                continue;
            }
            DateMention absolute = absolute(text, tokens, from, to, m, published, matches,
                    monthLeads.getOrDefault(language, Set.of()));
            if (absolute != null) {
                out.add(absolute);
                for (int k = absolute.start(); k < absolute.end(); k++) {
                    consumed.add(k);
                }
            }
        }
        for (int i = 0; i < matches.size(); i++) {
            PhraseLexicon.Match<String> m = matches.get(i);
            if (consumed.contains(m.start()) || m.value().startsWith("month:") || datesNothing(matches, i, tokens, from, to, language)) {
                continue;
            }
            String[] kv = m.value().split(":", 2);
            String surface = span(text, tokens, m.start(), m.end());
            if (kv[0].equals("weekday")) {
                out.add(new DateMention(m.start(), m.end(), published == null ? null : latestWeekday(published, Integer.parseInt(kv[1])), false, surface, false));
            } else if (kv[0].equals("following")) {
                out.add(new DateMention(m.start(), m.end(), published == null ? null : published.plusDays(Integer.parseInt(kv[1])),
                        false, surface, true));
            } else if (kv[0].equals("eve")) {
                int days = Integer.parseInt(kv[1]);
                out.add(new DateMention(m.start(), m.end(), published == null ? null : published.plusDays(days), false, surface, false, days));
            } else if (kv[1].equals("null")) {
                out.add(new DateMention(m.start(), m.end(), null, true, surface, false));
            } else if (!EventContextCues.quoted(text, from > 0 ? tokens.get(from - 1).end() : 0, tokens.get(m.start()).start())) {
                // "yesterday", "tonight" in a quotation count from the day the speaker spoke, which is not the
                // publication day: such a word dates nothing
                out.add(new DateMention(m.start(), m.end(), published == null ? null : published.plusDays(Integer.parseInt(kv[1])), false, surface, false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return nightsSpanningTwoDays(out, tokens);
    }

    /** Whether date word {@code i} names no day of its own, whatever its kind. */
    private boolean datesNothing(List<PhraseLexicon.Match<String>> matches, int i, List<Token> tokens, int from, int to, String language) {
        PhraseLexicon.Match<String> m = matches.get(i);
        boolean relative = m.value().startsWith("relative:");
        // "اليوم السبت", "أمس الجمعة", "hier vendredi": the weekday names the day; "today" counts from the day the wire
        // was written, often the day before the page's publication date
        boolean weekdayNext = relative && i + 1 < matches.size() && matches.get(i + 1).start() == m.end()
                && matches.get(i + 1).value().startsWith("weekday:");
        // "(0500 GMT Monday)": a clock time converted, not the event's day
        boolean afterZone = m.start() > from && clockZones.getOrDefault(language, Set.of()).contains(tokens.get(m.start() - 1).norm());
        // "قبل يومين من الانتخابات": two days before the elections, not before publication
        boolean countedFromNext = relative && m.end() < to && countedFrom.getOrDefault(language, Set.of()).contains(tokens.get(m.end()).norm());
        return weekdayNext || afterZone || countedFromNext;
    }

    /**
     * "ليل السبت الأحد", "dans la nuit de samedi à dimanche", "overnight Saturday to Sunday": two weekdays
     * next to each other (or joined by إلى/to/à/au) are one night, dated by the first, or by the second where the
     * joining word says so (French).
     */
    private List<DateMention> nightsSpanningTwoDays(List<DateMention> dates, List<Token> tokens) {
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (i + 1 < dates.size()) {
                DateMention next = dates.get(i + 1);
                int gap = next.start() - d.end();
                Boolean bySecond = gap == 0 ? Boolean.FALSE : gap == 1 ? nightJoiners.get(tokens.get(d.end()).norm()) : null;
                if (bySecond != null && !d.vague() && !next.vague() && d.date() != null && next.date() != null
                        && next.date().minusDays(1).equals(d.date())) {
                    out.add(bySecond ? new DateMention(d.start(), next.end(), next.date(), false, next.text(), false)
                            : new DateMention(d.start(), next.end(), d.date(), false, d.text(), false));
                    i++;
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    private DateMention absolute(String text, List<Token> tokens, int from, int to, PhraseLexicon.Match<String> month,
                                 LocalDate published, List<PhraseLexicon.Match<String>> all, Set<String> leads) {
        int monthValue = Integer.parseInt(month.value().substring("month:".length()));
        int start = month.start();
        int end = month.end();
        // a second month name right after the first ("أيار/مايو", "آب (أغسطس)")
        for (PhraseLexicon.Match<String> m : all) {
            if (m.value().startsWith("month:") && m.start() == end && m.start() != month.start()) {
                end = m.end();
            }
        }
        Integer day = null;
        if (start - 1 >= from && isDay(tokens.get(start - 1))) {
            day = Integer.parseInt(tokens.get(start - 1).norm());
            start--;
        } else if (start - 2 >= from && isDay(tokens.get(start - 2)) && dayOf.contains(tokens.get(start - 1).norm())) {
            day = Integer.parseInt(tokens.get(start - 2).norm());
            start -= 2;
        } else if (start - 2 >= from && dayOf.contains(tokens.get(start - 1).norm())
                && dayWord(tokens, start - 1, from) != null) {
            // "الثامن من أكتوبر", "the eighth of October"
            int[] found = dayWord(tokens, start - 1, from);
            day = found[0];
            start = found[1];
        } else if (end < to && isDay(tokens.get(end))) {
            day = Integer.parseInt(tokens.get(end).norm());
            end++;
        }
        Integer year = null;
        if (end < to && isYear(tokens.get(end))) {
            year = Integer.parseInt(tokens.get(end).norm());
            end++;
        }
        if (day == null) {
            // a month alone gives no day: vague, but it still tells which month (the last day of it is kept,
            // so an event told for a month long past is recognised as background)
            boolean led = start - 1 >= from && ledBy(tokens.get(start - 1), leads);
            if (published == null || !led) {
                return null;
            }
            LocalDate monthEnd = java.time.YearMonth.of(year != null ? year : published.getYear(), monthValue).atEndOfMonth();
            if (year == null && monthEnd.withDayOfMonth(1).isAfter(published)) {
                monthEnd = java.time.YearMonth.of(published.getYear() - 1, monthValue).atEndOfMonth();
            }
            return new DateMention(start, end, monthEnd, true, span(text, tokens, start, end), false);
        }
        try {
            return new DateMention(start, end, dateOf(year, monthValue, day, published), false, span(text, tokens, start, end), false);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day of a month: without a year, the latest such day on or before publication (none without publication). */
    private static LocalDate dateOf(Integer year, int month, int day, LocalDate published) {
        if (year != null) {
            return LocalDate.of(year, month, day);
        }
        if (published == null) {
            return null;
        }
        LocalDate date = LocalDate.of(published.getYear(), month, day);
        return date.isAfter(published) ? date.minusYears(1) : date;
    }

    /** "في", "وفي" (short words keep their glued conjunction in the token's variants), "in", "depuis". */
    private static boolean ledBy(Token t, Set<String> leads) {
        String w = t.norm();
        return t.variants().stream().anyMatch(leads::contains)
                || w.length() > 1 && Joiners.withoutConjunction(w) != null && leads.contains(Joiners.withoutConjunction(w));
    }

    /** The ordinal of one or two words ending right before {@code end}: {value, first token}, or null. */
    private int[] dayWord(List<Token> tokens, int end, int from) {
        for (int length = 2; length >= 1; length--) {
            int begin = end - length;
            if (begin < from) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = begin; k < end; k++) {
                key.append(k > begin ? " " : "").append(tokens.get(k).norm());
            }
            Integer value = dayWords.get(key.toString());
            if (value == null && length == 1) {
                for (String v : tokens.get(begin).variants()) {
                    value = value == null ? dayWords.get(v) : value;
                }
            }
            if (value != null) {
                return new int[]{value, begin};
            }
        }
        return null;
    }

    private static boolean isDay(Token t) {
        if (!t.isNumber() || t.norm().length() > 2) {
            return false;
        }
        int d = Integer.parseInt(t.norm());
        return d >= 1 && d <= 31;
    }

    private static boolean isYear(Token t) {
        if (!t.isNumber() || t.norm().length() != 4) {
            return false;
        }
        int y = Integer.parseInt(t.norm());
        return y >= 1900 && y <= 2100;
    }

    static LocalDate latestWeekday(LocalDate published, int isoDay) {
        int back = (published.getDayOfWeek().getValue() - isoDay + 7) % 7;
        return published.minusDays(back);
    }

    private static String span(String text, List<Token> tokens, int start, int end) {
        return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    }
}
