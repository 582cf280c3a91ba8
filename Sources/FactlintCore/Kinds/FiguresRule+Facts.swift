#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A `figures` fact as written in a rule file, and how it is read: the value with its
/// unit ("21.5 kg", "NOK 4.82 billion", "ninth"), the unit key, the tolerance.
extension FiguresRule {
    public struct Fact: Decodable, Sendable {
        public var name: String
        public var anchors: [String]
        public var exclude: [String]
        public var value: String?
        public var unit: String?
        public var tolerance: String
        public var severity: Severity?

        enum CodingKeys: String, CodingKey, CaseIterable { case name, anchors, exclude, value, unit, tolerance, severity }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            anchors = try c.decode([String].self, forKey: .anchors)
            exclude = try c.decode(.exclude, default: [])
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
            if !exclude.isEmpty, let problem = PhraseMatcher.invalid(exclude) { throw c.invalid(.exclude, problem) }
            if value == nil && unit == nil {
                throw c.invalid(.unit, "a fact without a value needs a unit (a currency code such as USD, percent, count, days, km, kg …)")
            }
        }
    }

    static func compile(_ fact: Fact, path: String, file: String, reader: ClaimReader, lexicon: Lexicon) throws -> CompiledFact {
        func fail(_ key: String, _ message: String) -> RuleFileError { RuleFileError(file: file, keyPath: "\(path).\(key)", message: message) }
        var declared: Unit? = nil
        if let raw = fact.unit {
            guard let parsed = UnitNames.parse(raw) else { throw fail("unit", "unknown unit '\(raw)'; expected \(UnitNames.described)") }
            declared = parsed
        }
        var value: Quantity? = nil
        if let text = fact.value {
            do { value = try readFigure(text, reader: reader, lexicon: lexicon) } catch let problem as ToleranceError {
                throw fail("value", problem.text)
            }
            // "47.5 pounds" is a mass unless the fact says it is sterling.
            if var v = value, declared == .money("GBP"), v.unit.code == "lb" {
                v.unit = .money("GBP"); value = v
            }
            // A bare number is in the declared unit: `value: "640", unit: "m"`.
            if var v = value, let d = declared, v.unit == .count, !v.hasMagnitude, d != .count {
                v.unit = d; value = v
            }
            if let v = value, let d = declared, !v.unit.compatible(with: d) {
                throw fail("unit", "'\(fact.unit ?? "")' contradicts the value's unit \(v.unit)")
            }
        }
        // "41,300" with the anchors "hectares", "ha": the number of hectares is an area, so a
        // count fact whose every anchor names one measure unit is a value in that unit.
        var byUnit = false
        if declared == nil || declared == .count, var v = value, v.unit == .count, let named = measureUnit(named: fact.anchors) {
            v.unit = named; value = v; declared = named; byUnit = true
        }
        let unit = declared ?? value?.unit ?? .count
        let tolerance: Tolerance
        do { tolerance = try FiguresRule.tolerance(fact.tolerance, unit: unit, reader: reader, lexicon: lexicon) } catch let message as ToleranceError {
            throw fail("tolerance", message.text)
        }
        return CompiledFact(name: fact.name, value: value, valueText: fact.value, unit: unit, tolerance: tolerance, severity: fact.severity, byUnit: byUnit)
    }

    /// The unit every anchor names, when that is one unit of a measure (an area, a length, a
    /// duration …), never money, percent or a count.
    static func measureUnit(named anchors: [String]) -> Unit? {
        let units = anchors.map { UnitNames.parse($0) }
        guard let first = units.first ?? nil, !first.isMoney, ![Unit.count, .percent, .ordinal].contains(first),
              units.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    struct ToleranceError: Error { var text: String }

    /// One figure, written as in an article, with every word of it read.
    static func readFigure(_ text: String, reader: ClaimReader, lexicon: Lexicon) throws -> Quantity {
        let d = Document(path: "", contents: text, lexicon: lexicon)
        let found = reader.quantities(in: d).items
        guard found.count == 1, let q = found.first else {
            throw ToleranceError(text: "'\(text)' is not one figure (write it as in an article: \"$550 billion\", \"NOK 4.82 billion\", \"2%\", \"6,000\", \"21.5 kg\", \"ninth\")")
        }
        if let stray = q.tokens.upperBound < d.tokens.count ? q.tokens.upperBound : nil, d.tokens[stray...].contains(where: { $0.kind == .word }) {
            // A unit the docs list that text reading leaves alone after a number, because in
            // prose it is ambiguous ("640 m": metres here, "$5m" in a story): a rule means it.
            let rest = d.string(d.byteRange(tokens: stray..<d.tokens.count)).trimmingWhitespace()
            if q.unit == .count, !q.hasMagnitude, let unit = UnitNames.parse(rest), unit != .count {
                var v = q
                v.unit = unit
                return v
            }
            let word = d.tokens[stray...].first { $0.kind == .word }.map { d.string($0.range) } ?? ""
            throw ToleranceError(text: "'\(text)': cannot read the unit '\(word)'; a unit is \(UnitNames.described)")
        }
        return q
    }

    /// "5%" (relative), a number in the fact's unit, or a figure such as "$1 billion" (absolute).
    static func tolerance(_ raw: String, unit: Unit, reader: ClaimReader, lexicon: Lexicon) throws -> Tolerance {
        let s = raw.trimmingWhitespace()
        if s.hasSuffix("%"), let percent = Double(String(s.dropLast()).trimmingWhitespace()) {
            guard percent >= 0 && percent <= 100 else { throw ToleranceError(text: "'\(raw)' must be between 0% and 100%") }
            return Tolerance(relative: percent / 100)
        }
        if let number = Double(s) {
            guard number >= 0 else { throw ToleranceError(text: "'\(raw)' must not be negative") }
            return Tolerance(absolute: number * unit.factor)
        }
        let found = reader.quantities(in: Document(path: "", contents: s, lexicon: lexicon)).items
        guard found.count == 1 else {
            throw ToleranceError(text: "'\(raw)' is not a tolerance; write a percentage (\"5%\"), a number, or a figure (\"$1 billion\")")
        }
        return Tolerance(absolute: found[0].base)
    }
}
