/// Builds fact-table rows from cross-article findings: a finding whose related locations
/// lie in other articles is a disagreement between articles. Findings of one rule about
/// the same values (the same subject) share a row; each article is a cell.
enum FactRows {
    static func rows(_ diagnostics: [Diagnostic], articles: [ReportArticle]) -> [ReportRow] {
        let texts = Dictionary(articles.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        func passage(_ l: SourceLocation) -> ReportPassage {
            var text = ""
            if let source = texts[l.path] ?? nil {
                let lower = max(source.contentStart, min(l.byteRange.lowerBound, source.bytes.count))
                let upper = max(lower, min(l.byteRange.upperBound, source.bytes.count))
                text = String(decoding: source.bytes[lower..<upper], as: UTF8.self)
            }
            return ReportPassage(path: l.path, line: l.line, byteRange: l.byteRange, text: text)
        }

        struct Group {
            var first: Diagnostic
            var severity: Severity
            var outliers: [String: (Severity, String, [ReportPassage])] = [:]
            var agreeing: [String: [ReportPassage]] = [:]
        }
        var order: [String] = []
        var groups: [String: Group] = [:]
        for d in diagnostics.sorted(by: Diagnostic.ordered) where d.related.contains(where: { $0.location.path != d.location.path }) {
            let key = d.ruleID + "\u{0}" + subject(of: d, passage: passage(d.location))
            var group = groups[key] ?? Group(first: d, severity: d.severity)
            if groups[key] == nil { order.append(key) }
            group.severity = max(group.severity, d.severity)
            var outlier = group.outliers[d.location.path] ?? (d.severity, d.message, [])
            outlier.2.append(passage(d.location))
            group.outliers[d.location.path] = outlier
            for r in d.related { group.agreeing[r.location.path, default: []].append(passage(r.location)) }
            groups[key] = group
        }

        let rows = order.map { key -> ReportRow in
            let group = groups[key]!
            let paths = Set(group.outliers.keys).union(group.agreeing.keys).sorted()
            let agreeingOnly = paths.filter { group.outliers[$0] == nil }.count
            let outlying = paths.count - agreeingOnly
            let cells = paths.map { path -> ReportCell in
                let own = group.outliers[path]?.2 ?? []
                let passages = unique(own + (group.agreeing[path] ?? []))
                if let (severity, message, _) = group.outliers[path] {
                    return ReportCell(path: path, role: .outlier(severity, message: message),
                                      majority: outlying > agreeingOnly, passages: passages)
                }
                return ReportCell(path: path, role: .agrees, majority: agreeingOnly > outlying, passages: passages)
            }
            let d = group.first
            return ReportRow(ruleID: d.ruleID, subject: subject(of: d, passage: passage(d.location)), topic: topic(of: d.message),
                             severity: group.severity, ruleValue: expected(in: d.message), cells: cells)
        }
        return rows.sorted(by: ReportRow.ordered)
    }

    /// Passages in text order, each once.
    static func unique(_ passages: [ReportPassage]) -> [ReportPassage] {
        var seen = Set<Range<Int>>()
        return passages.sorted { ($0.byteRange.lowerBound, $0.byteRange.upperBound) < ($1.byteRange.lowerBound, $1.byteRange.upperBound) }
            .filter { seen.insert($0.byteRange).inserted }
    }

    /// The values a message quotes, sorted so the row does not depend on which article is
    /// the odd one out; without quoted values, the finding's own text.
    static func subject(of d: Diagnostic, passage: ReportPassage) -> String {
        var values: [String] = []
        for value in quotedValues(d.message) where !values.contains(value) { values.append(value) }
        if values.isEmpty { return passage.text.isEmpty ? d.message : passage.text }
        return values.sorted().joined(separator: " / ")
    }

    /// What a message says the finding is about, before ": found …", if it says.
    static func topic(of message: String) -> String? {
        guard let r = message.firstRange(of: ": found ") else { return nil }
        let prefix = String(message[..<r.lowerBound])
        return prefix.isEmpty || !quotedValues(prefix).isEmpty ? nil : prefix
    }

    /// The value after "expected '…'" in a message: a rule's own value for the fact.
    static func expected(in message: String) -> String? {
        guard let r = message.firstRange(of: "expected '") else { return nil }
        return quotedValues(String(message[message.index(before: r.upperBound)...])).first
    }

    /// Values in single or double quotes: a quote opens after a space, a bracket or the
    /// start and closes before a space, punctuation or the end, so apostrophes ("companies'
    /// plans", "Trump's") are not taken for quotes.
    static func quotedValues(_ message: String) -> [String] {
        let scalars = Array(message.unicodeScalars)
        func isBoundary(_ i: Int) -> Bool {
            i < 0 || i >= scalars.count || " \t\n([{".unicodeScalars.contains(scalars[i])
        }
        func closes(_ i: Int) -> Bool {
            i >= scalars.count || " \t\n,;:.!?)]}".unicodeScalars.contains(scalars[i])
        }
        var values: [String] = []
        var i = 0
        while i < scalars.count {
            let quote = scalars[i]
            if (quote == "'" || quote == "\"") && isBoundary(i - 1) {
                var j = i + 1
                while j < scalars.count && !(scalars[j] == quote && closes(j + 1)) { j += 1 }
                if j < scalars.count && j > i + 1 {
                    var value = String.UnicodeScalarView()
                    value.append(contentsOf: scalars[(i + 1)..<j])
                    values.append(String(value))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return values
    }
}
