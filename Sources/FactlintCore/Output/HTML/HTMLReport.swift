/// `factlint report` / `--format html`: one self-contained HTML page for the copy desk.
/// A summary, the fact table (who says what), then every article with its findings
/// marked in place. No scripts, fonts or network; the same input gives the same bytes
/// (the only varying part is the timestamp, which the caller may leave out).
public enum HTMLReport {
    public static let formatName = "html"

    public static func render(_ input: HTMLReportInput) -> String {
        let report = input.report
        let articles = input.articles
        let byPath = Dictionary(articles.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        func lineLink(_ path: String, _ line: Int) -> String? {
            guard let a = byPath[path], let text = a.text, line >= 1, line <= text.lineCount else { return nil }
            return "#" + a.lineID(line)
        }
        let rows = FactRows.rows(report.diagnostics, articles: articles)
        let table = FactTableMarkup(articles: articles, lineLink: lineLink)

        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="factlint \(HTML.escape(report.toolVersion))">
        <title>factlint report: \(report.filesChecked) file\(report.filesChecked == 1 ? "" : "s")</title>
        <style>
        \(HTMLReportStyle.css)</style>
        </head>
        <body>
        <a class="skip" href="#facts">Skip to the fact table</a>

        """
        out += SummaryMarkup.header(report, timestamp: input.timestamp)
        out += "<main>\n<section id=\"facts\" aria-labelledby=\"facts-h\">\n<h2 id=\"facts-h\">Fact table</h2>\n"
        if rows.isEmpty {
            out += "<p class=\"empty\">No article disagrees with another.</p>\n"
        } else {
            out += "<p class=\"hint\">One row per fact the articles disagree on; one column per article. "
            out += "Each cell is what the article says, as written, linked to the passage.</p>\n"
            out += table.table(rows, caption: "Facts the articles disagree on (\(rows.count))")
        }
        if !input.agreeingRows.isEmpty {
            let agreeing = input.agreeingRows.sorted(by: ReportRow.ordered)
            let count = "\(agreeing.count) fact\(agreeing.count == 1 ? "" : "s") the articles agree on"
            out += "<details class=\"agreeing\">\n<summary>\(count)</summary>\n"
            out += "<p class=\"hint\">Stated by two or more articles, the same in each, and in no finding. "
            out += "Each cell is the article's first mention.</p>\n"
            out += table.table(agreeing, caption: count)
            out += "</details>\n"
        }
        out += "</section>\n"
        out += ArticlesMarkup(report: report, articles: articles, lineLink: lineLink).section()
        out += SummaryMarkup.rules(report)
        out += "</main>\n<footer><p>Made by factlint \(HTML.escape(report.toolVersion)).</p></footer>\n</body>\n</html>\n"
        return out
    }

    static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: return "✖"
        case .warning: return "▲"
        case .note: return "●"
        }
    }

    /// Severity as an icon and a word, so colour is never the only signal.
    static func badge(_ severity: Severity) -> String {
        "<span class=\"sev \(severity.rawValue)\"><span aria-hidden=\"true\">\(icon(severity))</span> \(severity.rawValue)</span>"
    }
}

/// The page header: what was checked, what was found, by which rules; and the rules
/// table further down.
enum SummaryMarkup {
    static func header(_ report: Report, timestamp: String?) -> String {
        func count(_ s: Severity) -> Int { report.diagnostics.filter { $0.severity == s }.count }
        var out = "<header class=\"summary\">\n<h1>factlint report</h1>\n<p class=\"meta\">factlint \(HTML.escape(report.toolVersion))"
        if let timestamp { out += " · run <time>\(HTML.escape(timestamp))</time>" }
        out += "</p>\n<dl class=\"counts\">\n<div><dt>Files checked</dt><dd>\(report.filesChecked)</dd></div>\n"
        for s in Severity.allCases.reversed() {
            out += "<div class=\"\(s.rawValue)\"><dt><span class=\"sev \(s.rawValue)\"><span aria-hidden=\"true\">\(HTMLReport.icon(s))</span> \(s.rawValue)s</span></dt><dd>\(count(s))</dd></div>\n"
        }
        out += "</dl>\n<p class=\"by-rule\">"
        if report.rules.isEmpty { out += "<span class=\"voted\">no rules: the articles voted</span>" }
        let ids = ruleIDs(report)
        if !ids.isEmpty {
            if !report.rules.isEmpty { out += "\(report.rules.count) rule\(report.rules.count == 1 ? "" : "s") used. " }
            out += "Findings by rule: " + ids.map { id in
                "<a href=\"#rules\"><code>\(HTML.escape(id))</code></a>\u{A0}\(report.diagnostics.filter { $0.ruleID == id }.count)"
            }.joined(separator: " · ")
        }
        out += "</p>\n<nav aria-label=\"Contents\"><a href=\"#facts\">Fact table</a> <a href=\"#articles\">Articles</a> <a href=\"#rules\">Rules</a></nav>\n"
        return out + "</header>\n"
    }

    /// Every rule loaded and every rule id that found something, sorted.
    static func ruleIDs(_ report: Report) -> [String] {
        Set(report.rules.map(\.id)).union(report.diagnostics.map(\.ruleID)).sorted()
    }

    /// The rules used: kind, severity, findings, the file each came from and what it checks.
    static func rules(_ report: Report) -> String {
        let metas = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = ruleIDs(report)
        var out = "<section id=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">Rules</h2>\n"
        if report.rules.isEmpty { out += "<p class=\"voted\">no rules: the articles voted</p>\n" }
        if !ids.isEmpty {
            out += "<table class=\"rules\">\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Kind</th><th scope=\"col\">Severity</th>"
            out += "<th scope=\"col\">Findings</th><th scope=\"col\">From</th><th scope=\"col\">Checks that</th></tr></thead>\n<tbody>\n"
            for id in ids {
                let meta = metas[id]
                let n = report.diagnostics.filter { $0.ruleID == id }.count
                out += "<tr><th scope=\"row\"><code>\(HTML.escape(id))</code></th><td>\(HTML.escape(meta?.kind ?? "built in"))</td>"
                out += "<td>\(meta.map { HTMLReport.badge($0.severity) } ?? "—")</td><td class=\"n\">\(n)</td>"
                out += "<td>\(HTML.escape(meta?.file ?? "—"))</td><td>\(HTML.escape(meta?.description ?? ""))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }
}
