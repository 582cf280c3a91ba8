/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
/// Rules carry their descriptions; results carry regions (1-based, end column
/// exclusive, columns in Unicode code points: `columnKind: unicodeCodePoints`), related
/// locations for cross-document findings, fixes, and a fingerprint keyed on the rule,
/// path and line text (stable when lines above move).
public struct SARIFFormat: OutputFormat {
    public init() {}

    public func render(_ report: Report) -> String {
        typealias V = JSONWriter.Value
        let rules = report.rules.sorted { $0.id < $1.id }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        func level(_ s: Severity) -> V { .string(s == .note ? "note" : s.rawValue) }
        func location(_ l: SourceLocation, id: Int? = nil, message: String? = nil) -> V {
            var fields: [(String, V)] = []
            if let id { fields.append(("id", .int(id))) }
            fields.append(("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(SARIFFormat.uri(l.path)))])),
                ("region", .object([("startLine", .int(l.line)), ("startColumn", .int(l.column)),
                                    ("endLine", .int(l.endLine)), ("endColumn", .int(max(l.endColumn, l.line == l.endLine ? l.column : 1)))])),
            ])))
            if let message { fields.append(("message", .object([("text", .string(message))]))) }
            return .object(fields)
        }
        let ruleObjects: [V] = rules.map { r in
            let help = r.description + (r.examples.triggers.isEmpty ? "" : "\n\nReported, for example:\n" + r.examples.triggers.flatMap { $0 }.map { "  " + $0 }.joined(separator: "\n"))
            return .object([
                ("id", .string(r.id)), ("name", .string(r.id)),
                ("shortDescription", .object([("text", .string(r.description.isEmpty ? r.id : r.description))])),
                ("fullDescription", .object([("text", .string("\(r.kind) rule from \(r.file). \(r.description)"))])),
                ("help", .object([("text", .string(help.isEmpty ? r.id : help))])),
                ("defaultConfiguration", .object([("level", level(r.severity))])),
                ("properties", .object([("kind", .string(r.kind))])),
            ])
        }
        let results: [V] = report.diagnostics.map { d in
            var fields: [(String, V)] = [("ruleId", .string(d.ruleID))]
            if let i = index[d.ruleID] { fields.append(("ruleIndex", .int(i))) }
            fields += [("level", level(d.severity)), ("message", .object([("text", .string(d.message))])),
                       ("locations", .array([location(d.location)]))]
            if !d.related.isEmpty {
                fields.append(("relatedLocations", .array(d.related.enumerated().map { location($1.location, id: $0 + 1, message: $1.message) })))
            }
            fields.append(("partialFingerprints", .object([("factlintLine/v1", .string(Fingerprint.of(d)))])))
            if let fix = d.fix {
                fields.append(("fixes", .array([.object([
                    ("description", .object([("text", .string((fix.isSafe ? "" : "suggestion, not applied by --fix: ") + "replace with '\(fix.text)'"))])),
                    ("artifactChanges", .array([.object([
                        ("artifactLocation", .object([("uri", .string(SARIFFormat.uri(d.location.path)))])),
                        ("replacements", .array([.object([
                            ("deletedRegion", .object([("byteOffset", .int(fix.byteRange.lowerBound)), ("byteLength", .int(fix.byteRange.count))])),
                            ("insertedContent", .object([("text", .string(fix.text))])),
                        ])])),
                    ])])),
                    ("properties", .object([("safe", .bool(fix.isSafe))])),
                ])])))
            }
            return .object(fields)
        }
        return JSONWriter.render(.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("factlint")), ("version", .string(report.toolVersion)),
                    ("informationUri", .string("https://github.com/factlint/factlint")),
                    ("rules", .array(ruleObjects)),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ]))
    }

    /// A relative URI reference for a path (spaces and other reserved characters escaped).
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}

/// A finding's identity that survives edits elsewhere in the file: rule, path and the
/// text of its line (what baselines and SARIF fingerprints key on).
public enum Fingerprint {
    public static func of(_ d: Diagnostic) -> String {
        String(FNV64.of("\(d.ruleID)\u{0}\(d.location.path)\u{0}\(d.lineText)".utf8), radix: 16)
    }
}
