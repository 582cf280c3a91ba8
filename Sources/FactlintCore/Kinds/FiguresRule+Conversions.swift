#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bracketed conversion ("38 km (24 miles)") is checked with the figure it converts:
/// when that figure is bound to a fact with a value and agrees with it, the conversion must
/// agree too ("the depth is 22 km; found '19 miles'"); when the figure is bound to no fact,
/// the built-in figures rule checks the conversion itself. A conversion is right when the
/// two agree within the precision each is written to (half its last digit) and their
/// qualifiers ("about").
extension FiguresRule {
    func checkConversion(_ index: Int, _ quantities: [Quantity], _ binding: [Int?], in document: Document,
                         into diagnostics: inout [Diagnostic]) {
        let q = quantities[index], outer = quantities[index - 1]
        // A scale the article leaves open is no conversion to check.
        guard q.unit.compatible(with: outer.unit), !q.unit.isScaleless, !outer.unit.isScaleless else { return }
        let text = document.string(q.bytes)
        if let bound = binding[index - 1] {
            let fact = facts[bound]
            guard let value = fact.value, fact.unit.compatible(with: q.unit),
                  fact.tolerance.agree(outer, value), !fact.tolerance.agree(q, value) else { return }
            diagnostics.append(diagnostic(document, q.bytes, "\(fact.name) is \(fact.valueText ?? ""); found '\(text)'",
                                          severity: fact.severity ?? meta.severity))
            return
        }
        guard BuiltinRules.isBuiltin(meta), !Tolerance.exact.agree(outer, q) else { return }
        let outerText = document.string(outer.bytes)
        let expected = FiguresRule.rounded(q.unit.fromBase(outer.base), step: q.step)
        diagnostics.append(diagnostic(document, q.bytes,
            "'\(text)' does not convert '\(outerText)': \(outerText) is about \(expected) \(q.unit)"))
    }

    /// Money converted in brackets that lost its magnitude: "C$25 million (about US$18)".
    /// No exchange rate is known, so this needs the bare number to be within a factor of
    /// five of the amount's number: read whole, that would be a rate of 200,000 or more to
    /// one, which no currency in the news trades at, while with the magnitude it is an
    /// ordinary rate. Only a suggestion: the rate is not known.
    func checkMoneyConversion(_ index: Int, _ quantities: [Quantity], in document: Document,
                              into diagnostics: inout [Diagnostic]) {
        let q = quantities[index], outer = quantities[index - 1]
        guard q.unit.isMoney, outer.unit.isMoney, outer.hasMagnitude, !q.hasMagnitude, outer.mantissa > 0,
              ClaimReader.bracketed(q, after: outer, in: document) else { return }
        let factor = outer.value / outer.mantissa
        let word = FiguresRule.magnitudeWord(factor)
        guard factor >= 1e6, !word.isEmpty, q.mantissa / outer.mantissa >= 0.2, q.mantissa / outer.mantissa <= 5 else { return }
        let text = document.string(q.bytes), outerText = document.string(outer.bytes)
        let written = MagnitudeSlot.written(q, with: word, in: document)
        var d = diagnostic(document, q.bytes, "'\(text)' looks like it is missing its magnitude: it converts '\(outerText)'"
                           + (written.map { "; expected '\($0)'" } ?? ""))
        if let written { d.fix = Fix(byteRange: d.location.byteRange, text: written, confidence: .suggestion) }
        diagnostics.append(d)
    }

    /// A value written to one more digit than `step`: 23.6 for a step of 1, 21100 for 1,000.
    static func rounded(_ value: Double, step: Double) -> String {
        if step >= 10 { return fixedDecimal((value / (step / 10)).rounded() * (step / 10), digits: 0) }
        let places = max(0, Int((-log10(step)).rounded(.up)) + 1)
        var s = fixedDecimal(value, digits: places)
        if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
        return s
    }
}
