/// A located, typed statement an article makes, as read by one analysis pass: what
/// `factlint claims` prints and what checks reason about.
public struct Claim: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case quantity, time, mention, type, quotation, nameForm, pronoun
    }

    /// Byte range in the document.
    public var bytes: Range<Int>
    public var kind: Kind
    /// What the claim is about: the fact or measured noun of a quantity, the entity of a
    /// mention, the kind of a time expression.
    public var key: String
    /// The text as written.
    public var written: String
    /// The value in a canonical form ("4820000000 NOK", "≈3100 count", "October 28, 2025").
    public var normalized: String

    public init(bytes: Range<Int>, kind: Kind, key: String, written: String, normalized: String) {
        self.bytes = bytes
        self.kind = kind
        self.key = key
        self.written = written
        self.normalized = normalized
    }

    /// Text order; ties by kind, key and value, so output never depends on rule order.
    public static func ordered(_ a: Claim, _ b: Claim) -> Bool {
        if a.bytes.lowerBound != b.bytes.lowerBound { return a.bytes.lowerBound < b.bytes.lowerBound }
        if a.bytes.upperBound != b.bytes.upperBound { return a.bytes.upperBound < b.bytes.upperBound }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        if a.key != b.key { return a.key < b.key }
        return a.normalized < b.normalized
    }

    /// One line for people (`factlint claims --format compiler`): place, kind, key, the
    /// text as written and what it was read as.
    /// `a.txt:3:14: quantity [revenue] NOK 4.82 billion → 4820000000 NOK`
    public func textLine(in document: Document) -> String {
        let l = document.location(bytes)
        func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return "\(Escape.compilerPath(document.path)):\(l.line):\(l.column): \(kind.rawValue) "
            + (key.isEmpty ? "" : "[\(oneLine(key))] ") + "\(oneLine(written)) → \(oneLine(normalized))"
    }

    /// One JSON Lines record: document, span (1-based line and column in Unicode scalars,
    /// end exclusive, and bytes), kind, key, written, normalized.
    public func jsonLine(in document: Document) -> String {
        let l = document.location(bytes)
        return "{\"document\":\(Escape.json(document.path)),\"span\":{\"line\":\(l.line),\"column\":\(l.column),"
            + "\"endLine\":\(l.endLine),\"endColumn\":\(l.endColumn),\"startByte\":\(bytes.lowerBound),\"endByte\":\(bytes.upperBound)},"
            + "\"kind\":\"\(kind.rawValue)\",\"key\":\(Escape.json(key)),\"written\":\(Escape.json(written)),"
            + "\"normalized\":\(Escape.json(normalized))}"
    }
}

/// A rule that can say what it reads in a document as claims (`factlint claims`).
public protocol ClaimSource {
    func claims(in document: Document) -> [Claim]
}
