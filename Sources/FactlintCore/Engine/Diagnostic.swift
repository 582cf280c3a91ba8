public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case note, warning, error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A span in a file: 1-based lines, 1-based columns in Unicode scalars, end column exclusive.
public struct SourceLocation: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Byte offsets into the file as read (used by fixes; not printed).
    public var byteRange: Range<Int>

    public init(path: String, line: Int, column: Int, endLine: Int, endColumn: Int, byteRange: Range<Int>) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.byteRange = byteRange
    }

    /// A total order: path, then position, then extent.
    public static func ordered(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        if a.path != b.path { return a.path < b.path }
        return (a.line, a.column, a.endLine, a.endColumn, a.byteRange.lowerBound, a.byteRange.upperBound)
            < (b.line, b.column, b.endLine, b.endColumn, b.byteRange.lowerBound, b.byteRange.upperBound)
    }

    /// A location for a whole file (I/O and encoding problems).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(path: path, line: 1, column: 1, endLine: 1, endColumn: 1, byteRange: 0..<0)
    }
}

/// Another place that bears on a finding: the other article that disagrees.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}

/// Replace the bytes of `byteRange` (usually the primary span's) with `text`.
public struct Fix: Sendable, Hashable, Codable {
    /// `safe`: `--fix` applies it unattended. `suggestion`: probably right, but a person must
    /// decide (a near miss that may be another real name, text inside a quotation); it is
    /// only offered (JSON, SARIF), never written by `--fix` or shown by `--diff`.
    public enum Confidence: String, Sendable, Hashable, Codable { case safe, suggestion }

    public var byteRange: Range<Int>
    public var text: String
    public var confidence: Confidence

    public init(byteRange: Range<Int>, text: String, confidence: Confidence = .safe) {
        self.byteRange = byteRange
        self.text = text
        self.confidence = confidence
    }

    public var isSafe: Bool { confidence == .safe }
}

/// One finding. A value: checks create them, formatters print them, nothing mutates them.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var related: [RelatedLocation]
    public var fix: Fix?
    /// The trimmed text of the line the finding starts on (baselines key on it).
    public var lineText: String

    public init(ruleID: String, severity: Severity, message: String, location: SourceLocation,
                related: [RelatedLocation] = [], fix: Fix? = nil, lineText: String = "") {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
        self.fix = fix
        self.lineText = lineText
    }

    /// Output order: path, line, column, rule id, message, then every other field, so two
    /// findings are never left in the order a rule happened to produce them (a Dictionary's).
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location.path != b.location.path { return a.location.path < b.location.path }
        if a.location.line != b.location.line { return a.location.line < b.location.line }
        if a.location.column != b.location.column { return a.location.column < b.location.column }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.message != b.message { return a.message < b.message }
        if a.location != b.location { return SourceLocation.ordered(a.location, b.location) }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.related != b.related {
            return a.related.lexicographicallyPrecedes(b.related) { x, y in
                x.location != y.location ? SourceLocation.ordered(x.location, y.location) : x.message < y.message
            }
        }
        if a.fix != b.fix {
            guard let x = a.fix, let y = b.fix else { return a.fix == nil }
            return (x.byteRange.lowerBound, x.byteRange.upperBound, x.text) < (y.byteRange.lowerBound, y.byteRange.upperBound, y.text)
        }
        return a.lineText < b.lineText
    }
}

/// Ids of findings that come from the engine rather than a rule file.
public enum BuiltinRule {
    public static let encoding = "encoding"
    public static let io = "io"
    /// Every built-in id (a suppression may name them).
    public static let all = [encoding, io]
}
