package id.cermin.testing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The pages a person reaches by following links from a few start pages: links within the
 * site, except static files, the JSON API, CSV downloads, the language switch and logging
 * out. Each page is visited once; the visitor opens it and gives back its HTML, or nothing
 * when it is not a page (a file, an image).
 */
public final class Crawl {

    private Crawl() {
    }

    /** Visits pages breadth first, at most {@code max}; returns the paths visited, in order. */
    public static Set<String> pages(List<String> start, int max, Function<String, Optional<Document>> visitor) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty() && seen.size() < max) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            visitor.apply(path).ifPresent(page -> {
                for (Element link : page.select("a[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/static/")
                            && !href.startsWith("/api/") && !href.contains("lang=") && !href.contains("format=csv")
                            && !href.startsWith("/logout") && !href.startsWith("/barang/ekspor")
                            && !href.endsWith("/csv")) {
                        queue.add(href.replace("&amp;", "&"));
                    }
                }
            });
        }
        return seen;
    }
}
