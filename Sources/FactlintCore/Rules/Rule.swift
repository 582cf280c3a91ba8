/// What every rule carries, whatever its kind: read from the common keys of its file.
public struct RuleMeta: Sendable {
    public var id: String
    public var kind: String
    public var severity: Severity
    public var description: String
    public var examples: RuleExamples
    /// The rule file, for error messages and `explain`.
    public var file: String

    public init(id: String, kind: String, severity: Severity, description: String = "",
                examples: RuleExamples = RuleExamples(), file: String = "") {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.description = description
        self.examples = examples
        self.file = file
    }
}

/// The findings of one rule on one document, and what it keeps for the cross-document pass.
public struct Findings<Evidence: Sendable>: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var evidence: [Evidence] = []
    public init() {}
}

/// A compiled rule. Everything expensive (parsing, indexing, interning words) happens when
/// the rule is built; `check` and `compare` are pure functions of their inputs.
///
/// `check` sees one document at a time (documents are checked in parallel and then
/// dropped). Rules that compare documents return small `Evidence` values from `check`;
/// `compare` then gets the evidence of every document, in path order. Its diagnostics may
/// leave `lineText` empty: the engine reads it back from the file.
///
/// Evidence is Codable so that `factlint claims -o` can write it to a claim file and
/// `factlint compare` can run the cross-document pass elsewhere (ClaimFile.swift).
public protocol Rule: Sendable {
    associatedtype Evidence: Sendable & Codable = Never
    var meta: RuleMeta { get }
    func check(_ document: Document, into findings: inout Findings<Evidence>)
    func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic])
}

extension Rule {
    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {}

    /// A diagnostic of this rule at `range` in `document`.
    public func diagnostic(_ document: Document, _ range: Range<Int>, _ message: String,
                           severity: Severity? = nil, related: [RelatedLocation] = [],
                           fix: Fix? = nil) -> Diagnostic {
        Diagnostic(ruleID: meta.id, severity: severity ?? meta.severity, message: message,
                   location: document.location(range), related: related, fix: fix,
                   lineText: document.lineText(at: range.lowerBound))
    }
}
