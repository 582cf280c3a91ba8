import FactlintCore

/// Turns factlint's findings into protocol values, with positions in UTF-16 units.
struct FindingPresenter {
    /// Positions for every document involved in a check, by engine path.
    var positions: [String: UTF16Positions]
    /// Rule kind by rule id, for documentation links; rule descriptions for hovers.
    var kinds: [String: String]
    var descriptions: [String: String]
    /// The URI to report for an engine path (open buffers keep the client's URI).
    var uriFor: (String) -> String

    func range(_ path: String, _ bytes: Range<Int>) -> JSONValue {
        guard let p = positions[path] else {
            return ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
        }
        return ["start": p.position(ofByte: bytes.lowerBound).json, "end": p.position(ofByte: bytes.upperBound).json]
    }

    static func severity(_ s: Severity) -> Int {
        switch s {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }

    func diagnostic(_ d: Diagnostic) -> JSONValue {
        var out: [String: JSONValue] = [
            "range": range(d.location.path, d.location.byteRange),
            "severity": .int(Self.severity(d.severity)),
            "code": .string(d.ruleID),
            "source": "factlint",
            "message": .string(d.message),
        ]
        if let kind = kinds[d.ruleID], let href = RuleDocs.url(kind: kind) { out["codeDescription"] = ["href": .string(href)] }
        if !d.related.isEmpty {
            out["relatedInformation"] = .array(d.related.map { r in
                ["location": ["uri": .string(uriFor(r.location.path)), "range": range(r.location.path, r.location.byteRange)],
                 "message": .string(r.message)]
            })
        }
        return .object(out)
    }

    /// Markdown for a hover over findings: what factlint read, what it expected, and where
    /// the other articles say otherwise.
    func hover(_ findings: [Diagnostic], text: UTF16Positions) -> String {
        findings.map { d in
            var paragraphs = ["**factlint** `\(d.ruleID)` (\(d.severity.rawValue)): \(d.message)"]
            let read = text.text.string(d.location.byteRange)
            if !read.isEmpty { paragraphs.append("Read here: `\(read)` (line \(d.location.line), column \(d.location.column))") }
            if let fix = d.fix { paragraphs.append("Quick fix: replace with `\(fix.text)`") }
            if !d.related.isEmpty {
                let places = d.related.map { r in
                    "- \(displayName(r.location.path)):\(r.location.line):\(r.location.column) — \(r.message)"
                }
                paragraphs.append((["Other articles:"] + places).joined(separator: "\n"))
            }
            if let description = descriptions[d.ruleID], !description.isEmpty {
                var rule = "Rule: \(description)"
                if let kind = kinds[d.ruleID], let href = RuleDocs.url(kind: kind) { rule += " ([docs](\(href)))" }
                paragraphs.append(rule)
            }
            return paragraphs.joined(separator: "\n\n")
        }.joined(separator: "\n\n---\n\n")
    }

    private func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
