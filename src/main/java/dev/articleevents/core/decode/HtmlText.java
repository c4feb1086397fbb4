package dev.articleevents.core.decode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an HTML page into article text: the title, then one paragraph per block element of the article
 * body, separated by blank lines so that the structure step sees the same shape as in a plain-text file.
 * Scripts, styles, navigation, headers, footers, forms and asides are dropped.
 */
final class HtmlText {
    private static final String DROPPED = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "svg, button, select, template, [role=navigation], [aria-hidden=true], .share, .social, .related, .comments";
    private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote, figcaption, pre, td";

    private HtmlText() {
    }

    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        Element root = firstOf(doc, "article", "main", "[role=main]", "body");
        List<String> parts = new ArrayList<>();
        String title = titleOf(doc, root);
        if (!title.isEmpty()) {
            parts.add(title);
        }
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            parts.add(root.wholeText().strip());
        }
        for (Element block : blocks) {
            if (!block.select(BLOCKS).not(":root").isEmpty() && !"p".equals(block.tagName())) {
                continue; // a container of other blocks: its children are emitted on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !(parts.size() == 1 && text.equals(title))) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    private static Element firstOf(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                return e;
            }
        }
        return doc.body() != null ? doc.body() : doc;
    }

    private static String titleOf(Document doc, Element root) {
        Element h1 = root.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            h1.remove();
            return h1.text().strip();
        }
        return doc.title().strip();
    }
}
