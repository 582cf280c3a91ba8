/// `--format json`: one object per finding, in a versioned envelope. Schema (version 1):
///
///     { "version": 1, "tool": "factlint", "toolVersion": "…", "filesChecked": N,
///       "diagnostics": [ { "rule", "severity", "message", "path", "line", "column",
///         "endLine", "endColumn", "related": [ { "path", "line", "column", "endLine",
///         "endColumn", "message" } ], "replacement": null | { "text", "startByte", "endByte", "safe" } } ] }
///
/// Lines and columns are 1-based; columns count Unicode scalars; end columns are exclusive.
/// `safe` is true for a fix `--fix` applies, false for one that is only suggested.
public struct JSONFormat: OutputFormat {
    public static let version = 1

    public init() {}

    public func render(_ report: Report) -> String {
        typealias V = JSONWriter.Value
        func place(_ l: SourceLocation) -> [(String, V)] {
            [("path", .string(l.path)), ("line", .int(l.line)), ("column", .int(l.column)),
             ("endLine", .int(l.endLine)), ("endColumn", .int(l.endColumn))]
        }
        let diagnostics: [V] = report.diagnostics.map { d in
            let related: [V] = d.related.map { .object(place($0.location) + [("message", .string($0.message))]) }
            let replacement: V = d.fix.map {
                .object([("text", .string($0.text)), ("startByte", .int($0.byteRange.lowerBound)), ("endByte", .int($0.byteRange.upperBound)),
                         ("safe", .bool($0.isSafe))])
            } ?? .null
            return .object([("rule", .string(d.ruleID)), ("severity", .string(d.severity.rawValue)), ("message", .string(d.message))]
                + place(d.location) + [("related", .array(related)), ("replacement", replacement)])
        }
        return JSONWriter.render(.object([
            ("version", .int(Self.version)), ("tool", .string("factlint")), ("toolVersion", .string(report.toolVersion)),
            ("filesChecked", .int(report.filesChecked)), ("diagnostics", .array(diagnostics)),
        ]))
    }
}
