#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `measures`: figures the articles disagree on, with no rules. A value that several
/// articles give (an *established* value) in a context — the content words around it —
/// that one article matches with a different value is reported in that article, with the
/// majority's places as notes: "found '$490 billion', but 3 other articles report '$400
/// billion' in the same context".
///
/// Precision first: both values must be of one unit; the outlier's value is given by no
/// other article and agrees with no established value; at least `minArticles` other
/// articles must share `minShared` content words with it; only one established value may
/// match; forecasts, earlier values and comparisons ("analysts had expected", "last year")
/// neither vote nor are judged; a figure missing only its magnitude is left to `figures`.
public struct MeasuresRule: RuleKind {
    public static let kind = "measures"
    public static let defaultSeverity = Severity.warning
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var minArticles: Int
        public var minShared: Int
        public var tolerance: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case minArticles, minShared, tolerance }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            minArticles = try c.decode(.minArticles, default: 2)
            minShared = try c.decode(.minShared, default: 2)
            tolerance = try c.decode(.tolerance, default: 0.01)
            if minArticles < 2 { throw c.invalid(.minArticles, "must be 2 or more (one article is no majority)") }
            if minShared < 1 { throw c.invalid(.minShared, "must be 1 or more") }
            if !(0...0.5).contains(tolerance) { throw c.invalid(.tolerance, "must be between 0 and 0.5 (a share of the value)") }
        }
    }

    public typealias Evidence = [StatedFigure]

    public let meta: RuleMeta
    let options: Options
    let reader: ClaimReader
    let tolerance: Tolerance

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        self.options = options
        reader = context.claimReader()
        tolerance = Tolerance(relative: options.tolerance)
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        findings.evidence.append(FigureContext.figures(in: document, reader: reader))
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        let table = FigureVotes(evidence, tolerance: tolerance, minArticles: options.minArticles)
        for outlier in table.outliers(minShared: options.minShared) {
            let o = outlier.figure, e = outlier.majority
            let words = outlier.shared.prefix(4).joined(separator: ", ")
            let message = "found '\(o.written)', but \(outlier.articles) other articles report '\(e.written)' in the same context (\(words))"
            diagnostics.append(Diagnostic(ruleID: meta.id, severity: meta.severity, message: message, location: o.location,
                                          related: outlier.witnesses.map { RelatedLocation($0.location, "reported as '\($0.written)' here") }))
        }
    }
}
