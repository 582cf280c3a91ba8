/// The articles section: each article's text with its findings marked in place, the
/// places other articles' findings point at marked as related, and a numbered list of
/// the article's findings below it.
struct ArticlesMarkup {
    let report: Report
    let articles: [ReportArticle]
    let lineLink: (String, Int) -> String?

    /// Footnote ids: the n-th finding (1-based, output order) of article `aK` is `aK-fn`.
    private struct Numbered {
        var diagnostic: Diagnostic
        var article: ReportArticle
        var number: Int
        var footnoteID: String { "\(article.anchor)-f\(number)" }
        var refID: String { "\(article.anchor)-r\(number)" }
    }

    func section() -> String {
        let furniture = Set(report.rules.filter { $0.kind == BoilerplateRule.kind }.map(\.id))
        let index = Dictionary(articles.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        var findings = Array(repeating: [Numbered](), count: articles.count)
        for d in report.diagnostics.sorted(by: Diagnostic.ordered) {
            guard let i = index[d.location.path] else { continue }
            findings[i].append(Numbered(diagnostic: d, article: articles[i], number: findings[i].count + 1))
        }
        // Where other articles' findings point: marked as related, linking back.
        var related = Array(repeating: [(RelatedLocation, Numbered)](), count: articles.count)
        for list in findings {
            for n in list {
                for r in n.diagnostic.related {
                    if let i = index[r.location.path] { related[i].append((r, n)) }
                }
            }
        }

        var out = "<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n"
        for (i, article) in articles.enumerated() {
            let own = findings[i]
            out += "<section class=\"article\" id=\"\(article.anchor)\" aria-labelledby=\"\(article.anchor)-h\">\n"
            out += "<h3 id=\"\(article.anchor)-h\"><span class=\"num\">\(i + 1)</span> \(HTML.escape(article.path))</h3>\n"
            out += "<p class=\"tally\">\(own.count) finding\(own.count == 1 ? "" : "s")</p>\n"
            guard let text = article.text else {
                out += "<p class=\"unreadable\">This file could not be read back for the report.</p>\n</section>\n"
                continue
            }
            var marks: [ArticleMarkup.Mark] = own.map { n in
                let d = n.diagnostic
                var classes = d.severity.rawValue
                if furniture.contains(d.ruleID) { classes += " furniture" }
                return ArticleMarkup.Mark(range: d.location.byteRange, classes: classes,
                                          title: "\(d.severity.rawValue) [\(d.ruleID)] \(d.message)",
                                          refID: n.refID, refTarget: n.footnoteID,
                                          refText: "\(HTMLReport.icon(d.severity))\(n.number)",
                                          refLabel: "\(d.severity.rawValue) \(n.number)")
            }
            for (k, (r, n)) in related[i].enumerated() {
                let from = n.article
                marks.append(ArticleMarkup.Mark(
                    range: r.location.byteRange, classes: "related",
                    title: "\(r.message) — see \(from.name) line \(n.diagnostic.location.line): \(n.diagnostic.message) [\(n.diagnostic.ruleID)]",
                    refID: "\(article.anchor)-s\(k + 1)", refTarget: n.footnoteID,
                    refText: "↗\(index[from.path]! + 1).\(n.number)",
                    refLabel: "see finding \(n.number) in article \(index[from.path]! + 1)"))
            }
            out += "<div class=\"text\">\n" + ArticleMarkup(text: text, anchor: article.anchor).render(marks) + "</div>\n"
            if !own.isEmpty {
                out += "<h4>Findings in \(HTML.escape(article.name))</h4>\n<ol class=\"notes\">\n"
                for n in own { out += footnote(n) }
                out += "</ol>\n"
            }
            out += "</section>\n"
        }
        return out + "</section>\n"
    }

    private func footnote(_ n: Numbered) -> String {
        let d = n.diagnostic
        let l = d.location
        var out = "<li id=\"\(n.footnoteID)\" class=\"\(d.severity.rawValue)\"><a class=\"back\" href=\"#\(n.refID)\" aria-label=\"finding \(n.number) in the text\">\(n.number)</a> "
        out += HTMLReport.badge(d.severity) + " <code class=\"rule\">\(HTML.escape(d.ruleID))</code> "
        let place = "line \(l.line), column \(l.column)"
        if let href = lineLink(l.path, l.line) { out += "<a href=\"\(href)\">\(place)</a>" } else { out += place }
        out += ": <span class=\"msg\">\(HTML.escape(d.message))</span>"
        if !d.related.isEmpty {
            out += "\n<ul class=\"related\">"
            for r in d.related {
                let name = articles.first { $0.path == r.location.path }?.name ?? r.location.path
                let label = "\(HTML.escape(name)) line \(r.location.line)"
                out += "<li>"
                if let href = lineLink(r.location.path, r.location.line) { out += "<a href=\"\(href)\">\(label)</a>" } else { out += label }
                out += ": \(HTML.escape(r.message))</li>"
            }
            out += "</ul>"
        }
        return out + "</li>\n"
    }
}
