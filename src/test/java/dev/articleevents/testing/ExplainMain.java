package dev.articleevents.testing;

import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.extract.Mention;
import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.ArticleStructurer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Developer tool: prints the places, mentions and scored events (kept or not) the engine finds in one article (ARTICLE LANG DATE). */
public final class ExplainMain {
    private ExplainMain() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Article article = new ArticleStructurer().structure(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        EventExtractor x = new EventExtractor(Gazetteer.load());
        LocalDate published = args.length > 2 ? LocalDate.parse(args[2]) : null;
        ArticleDocument doc = new ArticleDocument(article, tokens, args[1], published);
        for (PlaceMention p : x.places(doc)) {
            System.out.println("PLACE " + p.surface() + " → " + (p.place() == null ? "?" : p.place().name() + "," + p.place().country()) + " cue=" + p.cueKind());
        }
        for (Mention m : x.mentions(doc)) {
            System.out.printf("MENTION %s w=%.2f [%s] date=%s(%s known=%s) place=%s anchored=%s figs=%s src=%s actors=%s%n", m.trigger().subEventType(),
                    m.trigger().weight(), text.substring(tokens.get(m.trigger().start()).start(), tokens.get(m.trigger().end() - 1).end()),
                    m.date(), m.dateText(), m.dateKnown(), m.place() == null ? null : m.place().surface(), m.anchored(),
                    m.casualties().stream().map(f -> f.kind() + ":" + f.count().value() + "'" + f.text() + "'").toList(), m.sources(),
                    m.actors().stream().map(a -> a.canonical() + "'" + a.surface() + "'").toList());
        }
        // every event the mentions make, before the scorer chooses: its probability, and the sentences that tell it
        for (var scored : x.scoredEvents(doc)) {
            var d = scored.candidate().draft();
            System.out.printf("EVENT p=%.3f %s %s at %s from %s%n", scored.probability(), d.subEventType(),
                    d.day() == null ? null : d.day().date(), d.where().place() == null ? null : d.where().place().surface(),
                    d.evidence().stream().map(e -> e.start() + "-" + e.end()).toList());
        }
        for (var b : article.blocks()) {
            System.out.println("BLOCK " + b.kind() + " story=" + b.story() + " " + text.substring(b.span().start(), Math.min(b.span().end(), b.span().start() + 60)).replace('\n', ' '));
        }
    }
}
