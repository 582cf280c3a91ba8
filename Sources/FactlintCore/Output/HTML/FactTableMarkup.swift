/// The fact table: one row per fact, one column per article, what each article says in
/// its cell. Cells are kept to one line each (full text in `title`) so 30 articles × 40
/// rows stay readable; headers stick while the table scrolls.
struct FactTableMarkup {
    let articles: [ReportArticle]
    /// href of a line in an article, when the page has it.
    let lineLink: (String, Int) -> String?

    func table(_ rows: [ReportRow], caption: String) -> String {
        var out = "<div class=\"scroll\" tabindex=\"0\" role=\"region\" \(HTML.attribute("aria-label", caption))>\n"
        out += "<table class=\"facts\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr><th scope=\"col\">Fact</th>"
        let ruleColumn = rows.contains { $0.ruleValue != nil }
        if ruleColumn { out += "<th scope=\"col\" title=\"the value a rule states for this fact\">Rule says</th>" }
        for (i, a) in articles.enumerated() {
            out += "<th scope=\"col\" \(HTML.attribute("title", a.path))><a href=\"#\(a.anchor)\"><span class=\"num\">\(i + 1)</span> \(HTML.escape(a.name))</a></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows { out += self.row(row, ruleColumn: ruleColumn) }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    private func row(_ row: ReportRow, ruleColumn: Bool) -> String {
        var heading = row.subject
        if let topic = row.topic { heading += " — " + topic }
        if !row.ruleID.isEmpty { heading += " [\(row.ruleID)]" } // agreed facts are no rule's finding
        var out = "<tr class=\"\(row.severity?.rawValue ?? "agreed")\"><th scope=\"row\" \(HTML.attribute("title", heading))>"
        if let severity = row.severity { out += HTMLReport.badge(severity) + " " }
        out += "<span class=\"subject\">\(HTML.escape(row.subject))</span>"
        if let topic = row.topic { out += "<span class=\"topic\">\(HTML.escape(topic))</span>" }
        if !row.ruleID.isEmpty { out += "<code class=\"rule\">\(HTML.escape(row.ruleID))</code>" }
        out += "</th>"
        if let value = row.ruleValue {
            out += "<td class=\"rule-value\" \(HTML.attribute("title", value))>\(HTML.escape(value))</td>"
        } else if ruleColumn {
            out += "<td class=\"rule-value none\"><span class=\"sr\">no rule value</span><span aria-hidden=\"true\">—</span></td>"
        }
        let cells = Dictionary(row.cells.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for article in articles {
            guard let cell = cells[article.path] else {
                out += "<td class=\"none\"><span class=\"sr\">not in this article</span><span aria-hidden=\"true\">—</span></td>"
                continue
            }
            out += self.cell(cell, article)
        }
        return out + "</tr>\n"
    }

    private func cell(_ cell: ReportCell, _ article: ReportArticle) -> String {
        let said = cell.passages.map { "'\($0.text)' (line \($0.line))" }.joined(separator: ", ")
        var classes = ["cell"]
        var tag: String
        var why = ""
        switch cell.role {
        case .outlier(let severity, let message):
            classes += ["outlier", severity.rawValue]
            tag = "<span class=\"tag\"><span aria-hidden=\"true\">\(HTMLReport.icon(severity))</span> differs</span>"
            why = message
        case .agrees:
            classes.append("agrees")
            tag = "<span class=\"tag\"><span aria-hidden=\"true\">✓</span> \(cell.majority ? "majority" : "agrees")</span>"
        }
        if cell.majority {
            classes.append("majority")
            if case .outlier = cell.role { tag += " <span class=\"tag\">majority</span>" }
        }
        var title = "\(article.name): \(said)"
        if !why.isEmpty { title += " — " + why }
        var out = "<td class=\"\(classes.joined(separator: " "))\" \(HTML.attribute("title", title))>\(tag)"
        for p in cell.passages {
            let value = p.text.isEmpty ? "(line \(p.line))" : p.text
            if let href = lineLink(p.path, p.line) {
                out += " <a class=\"val\" href=\"\(href)\">\(HTML.escape(value))</a>"
            } else {
                out += " <span class=\"val\">\(HTML.escape(value))</span>"
            }
            out += " <span class=\"line\">l.\u{A0}\(p.line)</span>"
        }
        if !why.isEmpty { out += "<span class=\"why\">\(HTML.escape(why))</span>" }
        return out + "</td>"
    }
}
