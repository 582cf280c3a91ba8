#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `figures`: numeric facts. Each fact is anchored to the text by phrases near the figure.
/// A fact with a `value` reports figures outside its tolerance (and figures that lost
/// their magnitude, with a fix); a fact without one compares the figures articles give
/// and reports the odd one out.
public struct FiguresRule: RuleKind, ClaimingRule {
    public static let kind = "figures"
    public static let defaultSeverity = Severity.error
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var facts: [Fact]
        public var window: Int
        public var magnitudes: Bool
        public var minSharedWords: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case facts, window, magnitudes, minSharedWords }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            facts = try c.decode(.facts, default: [])
            window = try c.decode(.window, default: 8)
            magnitudes = try c.decode(.magnitudes, default: true)
            minSharedWords = try c.decode(.minSharedWords, default: 1)
            if facts.isEmpty && !magnitudes { throw c.invalid(.facts, "no facts and magnitudes off: the rule would find nothing") }
            if minSharedWords < 1 { throw c.invalid(.minSharedWords, "must be 1 or more") }
            if window < 0 || window > 50 { throw c.invalid(.window, "must be between 0 and 50 words") }
        }
    }

    /// What the cross-document pass needs: figures bound to a fact without a value, and
    /// money amounts for the missing-magnitude comparison.
    public enum Evidence: Sendable {
        case figure(Figure)
        case amount(MagnitudeCheck.Amount)
    }

    /// Figures that say the same thing.
    struct FigureKey: Hashable {
        var value: Double
        var upper: Double
        var qualifier: Quantity.Qualifier
    }

    public struct Figure: Sendable {
        var fact: Int
        var quantity: Quantity
        var text: String
        var location: SourceLocation
    }

    struct CompiledFact: Sendable {
        var name: String
        var value: Quantity?
        var valueText: String?
        var unit: Unit
        var tolerance: Tolerance
        var severity: Severity?
        /// Anchored only by its unit ("hectares"): every figure in that unit binds, so only a
        /// slip in the digits is reported ("43,100" for 41,300, not "30°C" for a 38.2°C record).
        var byUnit = false
    }

    public let meta: RuleMeta
    let reader: ClaimReader
    let anchors: Anchors
    /// Phrases that keep an anchor from anchoring (payload: the fact).
    /// Per fact, the years its name states: the times its figures may be dated to.
    let factYears: [[Int]]
    let excluded: AnchorExclusions
    let facts: [CompiledFact]
    let magnitudes: MagnitudeCheck?

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        var reader = context.claimReader()
        var anchors = Anchors(window: options.window)
        var excluded = AnchorExclusions()
        var facts: [CompiledFact] = []
        for (i, fact) in options.facts.enumerated() {
            for phrase in fact.anchors { anchors.add(phrase, fact: i, lexicon: &context.lexicon) }
            for phrase in fact.exclude { excluded.add(phrase, fact: i, lexicon: &context.lexicon) }
            facts.append(try FiguresRule.compile(fact, path: "facts[\(i)]", file: meta.file, reader: reader, lexicon: context.lexicon))
        }
        reader.reader.readsOrdinalWords = facts.contains { $0.unit == .ordinal }
        self.reader = reader
        self.anchors = anchors
        self.excluded = excluded
        self.facts = facts
        factYears = facts.map { OtherTimeReader.years(in: $0.name) }
        magnitudes = options.magnitudes ? MagnitudeCheck(window: options.window, minShared: options.minSharedWords) : nil
    }

    public var claims: [RuleAssertion] {
        facts.enumerated().compactMap { i, f in f.valueText.map { .fact(subject: f.name, value: $0, keyPath: "facts[\(i)].value") } }
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        var quantities = reader.quantities(in: document, clauses: false).items
        guard !quantities.isEmpty else { return }
        let hits = anchorHits(in: document)
        let binding = FigureBinder.bind(quantities, hits: hits, window: anchors.window, in: document, reader: reader,
                                        accept: { q, fact in facts[fact].unit.compatible(with: q.unit) },
                                        agrees: { q, fact in facts[fact].value.map { agree(q, $0, facts[fact].tolerance, document) } ?? false },
                                        factYears: { factYears[$0] })
        // A bound "16 degrees" is in its fact's scale, or the other one if only so it agrees (`Unit.degrees`).
        for (i, bound) in binding.enumerated() {
            guard let bound else { continue }
            let fact = facts[bound]
            quantities[i] = quantities[i].assumingScale(fact.unit) { q in fact.value.map { agree(q, $0, fact.tolerance, document) } ?? false }
        }
        var quoted = QuotedSpans(document)
        for (index, q) in quantities.enumerated() {
            if q.role == .conversion { checkConversion(index, quantities, binding, in: document, into: &findings.diagnostics) }
            let bound = binding[index]
            if index > 0, bound == nil, magnitudes != nil {
                checkMoneyConversion(index, quantities, in: document, into: &findings.diagnostics)
            }
            guard let bound, let value = facts[bound].value else {
                // Amounts not checked against a known value go to the magnitude comparison.
                if let magnitudes, let amount = magnitudes.amount(q, in: document, quoted: &quoted) { findings.evidence.append(.amount(amount)) }
                if let bound {
                    findings.evidence.append(.figure(Figure(fact: bound, quantity: q, text: document.string(q.bytes),
                                                            location: document.location(q.bytes))))
                }
                continue
            }
            let fact = facts[bound]
            let text = document.string(q.bytes)
            if agree(q, value, fact.tolerance, document) || isSideOfSplit(index, quantities, whole: value, tolerance: fact.tolerance, in: document) {
                // A right figure still witnesses its magnitude for the figures no fact explains.
                if let magnitudes, let amount = magnitudes.amount(q, in: document, quoted: &quoted) { findings.evidence.append(.amount(amount)) }
                continue
            }
            let severity = fact.severity ?? meta.severity
            let statement = "\(fact.name) is \(fact.valueText ?? "")"
            if q.unit.isMoney, !q.hasMagnitude, value.hasMagnitude, fact.tolerance.close(q.value, value.mantissa) {
                let word = FiguresRule.magnitudeWord(value.value / value.mantissa)
                let full = MagnitudeSlot.written(q, with: word, in: document) ?? text + " " + word
                // No automatic fix: against a declared fact, the rule file may be the wrong party.
                findings.diagnostics.append(diagnostic(document, q.bytes,
                    "'\(text)' is missing its magnitude: \(statement); expected '\(full)'", severity: severity))
            } else if fact.byUnit ? FigureSlip.digitSlip(q, for: value) : FigureSlip.mistakable(q, for: value) {
                // Nothing like the fact, it is another quantity near its words, not a slip.
                findings.diagnostics.append(diagnostic(document, q.bytes, "\(statement); found '\(text)'", severity: severity))
            } else if let magnitudes, let amount = magnitudes.amount(q, in: document, quoted: &quoted) {
                // Bound to a fact it cannot be a slip of, it is another quantity near the fact's
                // words ("valued at £21.5" beside a total): the articles can still tell it lacks
                // its magnitude.
                findings.evidence.append(.amount(amount))
            }
        }
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        var byFact: [Int: [Figure]] = [:]
        var amounts: [MagnitudeCheck.Amount] = []
        for item in evidence {
            switch item {
            case .figure(let figure): byFact[figure.fact, default: []].append(figure)
            case .amount(let amount): amounts.append(amount)
            }
        }
        magnitudes?.compare(amounts, ruleID: meta.id, severity: meta.severity, into: &diagnostics)
        for (factIndex, items) in byFact.sorted(by: { $0.key < $1.key }) {
            let fact = facts[factIndex]
            ConsensusReport.report(items, ruleID: meta.id, severity: fact.severity ?? .warning, subject: fact.name,
                                   key: { FigureKey(value: $0.quantity.base, upper: $0.quantity.baseUpper, qualifier: $0.quantity.qualifier) },
                                   agree: { fact.tolerance.agree($0.quantity, $1.quantity) },
                                   describe: { $0.text }, location: { $0.location },
                                   into: &diagnostics)
        }
    }

    /// A figure agrees with a known value as written, or read with a thousands dot ("84.612").
    func agree(_ q: Quantity, _ value: Quantity, _ tolerance: Tolerance, _ d: Document) -> Bool {
        tolerance.agree(q, value) || ThousandsDot.alternative(q, in: d).map { tolerance.agree($0, value) } == true
    }

    /// Anchor occurrences, without those inside a phrase the fact excludes.
    func anchorHits(in document: Document) -> [Anchors.Hit] {
        excluded.filter(anchors.hits(in: document), in: document)
    }

    /// The word for a factor of 10³ to 10¹², or "". A factor taken as value / mantissa
    /// carries rounding (1.4e9 / 1.4 is 1000000000.0000001), so it matches to 1e-9.
    static func magnitudeWord(_ factor: Double) -> String {
        magnitudeWords.first { abs(factor / $0.factor - 1) < 1e-9 }?.word ?? ""
    }

    private static let magnitudeWords: [(factor: Double, word: String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")]
}

extension FiguresRule.Evidence: Codable {}
extension FiguresRule.Figure: Codable {}
