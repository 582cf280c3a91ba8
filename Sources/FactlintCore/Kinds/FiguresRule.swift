import Foundation

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

    public struct Fact: Decodable, Sendable {
        public var name: String
        public var anchors: [String]
        public var value: String?
        public var unit: String?
        public var tolerance: String
        public var severity: Severity?

        enum CodingKeys: String, CodingKey, CaseIterable { case name, anchors, value, unit, tolerance, severity }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            anchors = try c.decode([String].self, forKey: .anchors)
            value = try c.decodeIfPresent(String.self, forKey: .value)
            unit = try c.decodeIfPresent(String.self, forKey: .unit)
            if let number = try? c.decodeIfPresent(Double.self, forKey: .tolerance) {
                tolerance = "\(number)"
            } else {
                tolerance = try c.decode(.tolerance, default: "0")
            }
            severity = try c.decodeIfPresent(Severity.self, forKey: .severity)
            if anchors.isEmpty { throw c.invalid(.anchors, "give at least one anchor phrase") }
            if let problem = PhraseMatcher.invalid(anchors) { throw c.invalid(.anchors, problem) }
            if value == nil && unit == nil {
                throw c.invalid(.unit, "a fact without a value needs a unit (a currency code such as USD, percent, count, days, years …)")
            }
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
        var unit: Quantity.Unit
        var tolerance: Tolerance
        var severity: Severity?
    }

    public let meta: RuleMeta
    let extractor: QuantityExtractor
    let anchors: Anchors
    let facts: [CompiledFact]
    let magnitudes: MagnitudeCheck?

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        extractor = QuantityExtractor(lexicon: &context.lexicon)
        var anchors = Anchors(window: options.window)
        var facts: [CompiledFact] = []
        for (i, fact) in options.facts.enumerated() {
            let path = "facts[\(i)]"
            for phrase in fact.anchors { anchors.add(phrase, fact: i, lexicon: &context.lexicon) }
            var value: Quantity? = nil
            if let text = fact.value {
                let found = extractor.quantities(in: Document(path: "", contents: text, lexicon: context.lexicon))
                guard found.count == 1, let q = found.first else {
                    throw RuleFileError(file: meta.file, keyPath: "\(path).value",
                                        message: "'\(text)' is not one figure (write it as in an article: \"$550 billion\", \"2%\", \"6,000\")")
                }
                value = q
            }
            var unit = value?.unit ?? .count
            if let raw = fact.unit {
                guard let parsed = FiguresRule.unit(raw) else {
                    throw RuleFileError(file: meta.file, keyPath: "\(path).unit",
                                        message: "unknown unit '\(raw)'; expected a currency code (USD, EUR, JPY …), percent, count, or hours, days, weeks, months, years")
                }
                if let v = value, v.unit != parsed {
                    throw RuleFileError(file: meta.file, keyPath: "\(path).unit", message: "'\(raw)' contradicts the value's unit \(v.unit)")
                }
                unit = parsed
            }
            let tolerance: Tolerance
            do { tolerance = try FiguresRule.tolerance(fact.tolerance, extractor: extractor, lexicon: context.lexicon) } catch let message as ToleranceError {
                throw RuleFileError(file: meta.file, keyPath: "\(path).tolerance", message: message.text)
            }
            facts.append(CompiledFact(name: fact.name, value: value, valueText: fact.value, unit: unit,
                                      tolerance: tolerance, severity: fact.severity))
        }
        self.anchors = anchors
        self.facts = facts
        magnitudes = options.magnitudes ? MagnitudeCheck(window: options.window, minShared: options.minSharedWords) : nil
    }

    public var claims: [Claim] {
        facts.enumerated().compactMap { i, f in f.valueText.map { .fact(subject: f.name, value: $0, keyPath: "facts[\(i)].value") } }
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        let quantities = extractor.quantities(in: document)
        guard !quantities.isEmpty else { return }
        let hits = anchors.hits(in: document)
        let binding = anchors.bind(quantities.map(\.tokens), hits: hits, in: document) { facts[$1].unit == quantities[$0].unit }
        var quoted = QuotedSpans(document)
        for (index, q) in quantities.enumerated() {
            let bound = binding[index]
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
            if fact.tolerance.agree(q, value) { continue }
            let severity = fact.severity ?? meta.severity
            let statement = "\(fact.name) is \(fact.valueText ?? "")"
            if case .money = q.unit, !q.hasMagnitude, value.hasMagnitude, fact.tolerance.close(q.value, value.mantissa) {
                let word = FiguresRule.magnitudeWord(value.value / value.mantissa)
                let full = MagnitudeSlot.offset(q, in: document).map {
                    MagnitudeCheck.oneLine(MagnitudeSlot.insert(word, into: Array(document.bytes[q.bytes]), at: $0 - q.bytes.lowerBound))
                } ?? text + " " + word
                // No automatic fix: against a declared fact, the rule file may be the wrong party.
                findings.diagnostics.append(diagnostic(document, q.bytes,
                    "'\(text)' is missing its magnitude: \(statement); expected '\(full)'", severity: severity))
            } else {
                findings.diagnostics.append(diagnostic(document, q.bytes, "\(statement); found '\(text)'", severity: severity))
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
                                   key: { FigureKey(value: $0.quantity.value, upper: $0.quantity.upper, qualifier: $0.quantity.qualifier) },
                                   agree: { fact.tolerance.agree($0.quantity, $1.quantity) },
                                   describe: { $0.text }, location: { $0.location },
                                   into: &diagnostics)
        }
    }

    static func unit(_ raw: String) -> Quantity.Unit? {
        switch raw.lowercased() {
        case "percent", "%": return .percent
        case "count": return .count
        case "hours", "days", "weeks", "months", "years", "decades": return .duration(String(raw.lowercased().dropLast()))
        default:
            let currencies: Set<String> = ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "AUD", "CAD", "HKD", "NZD", "SGD"]
            return currencies.contains(raw.uppercased()) ? .money(raw.uppercased()) : nil
        }
    }

    struct ToleranceError: Error { var text: String }

    /// "5%" (relative), a number, or a figure such as "$1 billion" (absolute).
    static func tolerance(_ raw: String, extractor: QuantityExtractor, lexicon: Lexicon) throws -> Tolerance {
        let s = raw.trimmingWhitespace()
        if s.hasSuffix("%"), let percent = Double(String(s.dropLast()).trimmingWhitespace()) {
            guard percent >= 0 && percent <= 100 else { throw ToleranceError(text: "'\(raw)' must be between 0% and 100%") }
            return Tolerance(relative: percent / 100)
        }
        if let number = Double(s) {
            guard number >= 0 else { throw ToleranceError(text: "'\(raw)' must not be negative") }
            return Tolerance(absolute: number)
        }
        let found = extractor.quantities(in: Document(path: "", contents: s, lexicon: lexicon))
        guard found.count == 1 else {
            throw ToleranceError(text: "'\(raw)' is not a tolerance; write a percentage (\"5%\"), a number, or a figure (\"$1 billion\")")
        }
        return Tolerance(absolute: found[0].value)
    }

    static func magnitudeWord(_ factor: Double) -> String {
        switch factor {
        case 1e12: return "trillion"
        case 1e9: return "billion"
        case 1e6: return "million"
        case 1e3: return "thousand"
        default: return ""
        }
    }
}
