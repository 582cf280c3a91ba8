/// "16 degrees" with no scale: a temperature whose scale is assumed from what it is compared
/// with. The article's own temperatures decide first (one scale written, or a bracketed
/// conversion that agrees in one scale only: "61 degrees (16C)" is Fahrenheit); then a fact's
/// unit (`FiguresRule`), or the scale the other articles write (`FigureVotes`). An explicit
/// scale ("61 degrees Fahrenheit", "20°F") is never assumed: it converts.
extension Unit {
    /// A temperature of unknown scale; until one is assumed its value reads as °C.
    public static let degrees = Unit(.temperature, "degrees")
    public var isScaleless: Bool { dimension == .temperature && code == Unit.degrees.code }

    /// This unit, or `other`'s temperature scale when this one has none.
    func assumingScale(of other: Unit) -> Unit {
        isScaleless && other.dimension == .temperature && !other.isScaleless ? other : self
    }
}

extension Quantity {
    /// This temperature, read in `from`, expressed in `to`.
    func converted(from: Unit, to: Unit) -> Quantity {
        var c = self
        c.unit = to
        c.value = to.fromBase(from.toBase(value))
        c.upper = to.fromBase(from.toBase(upper))
        c.mantissa = c.value
        c.step = step * from.factor / to.factor
        return c
    }

    /// A bare temperature in `scale` (a fact's), or, when only so it `agrees`, read in the other
    /// scale and converted: "61 degrees" for a 16°C fact is American copy, not a slip.
    func assumingScale(_ scale: Unit, unless agrees: (Quantity) -> Bool) -> Quantity {
        guard unit.isScaleless, scale.dimension == .temperature, !scale.isScaleless else { return self }
        var inScale = self
        inScale.unit = scale
        let other = scale == UnitNames.celsius ? UnitNames.fahrenheit : UnitNames.celsius
        let converted = self.converted(from: other, to: scale)
        return !agrees(inScale) && agrees(converted) ? converted : inScale
    }
}

extension UnitSymbols {
    /// Words after "degrees" that make it an angle or a bearing ("90 degrees north", "a 45 degrees angle").
    static let angleNames = ["north", "south", "east", "west", "latitude", "longitude", "angle", "angles", "turn", "arc", "incline"]
}

extension QuantityReader {
    /// Plural "degrees" after digits, with no scale and no angle word after it.
    func bareDegrees(_ d: Document, at end: Int) -> (unit: Unit, end: Int)? {
        let t = d.tokens
        guard end >= 1, t[end - 1].kind == .number, t[end].word == v.symbols.degreesPlural else { return nil }
        if end + 1 < t.count, !t[end + 1].has(.lineBefore), v.symbols.angleWords.contains(t[end + 1].word) { return nil }
        return (.degrees, end + 1)
    }

    /// Scaleless temperatures take the scale their article writes: one scale, or the one in
    /// which a bracketed conversion next to them agrees.
    func resolveDegrees(_ found: inout [Quantity], in d: Document) {
        guard found.contains(where: { $0.unit.isScaleless }) else { return }
        var scales: [Unit] = []
        for q in found where q.unit.dimension == .temperature && !q.unit.isScaleless && !scales.contains(q.unit) { scales.append(q.unit) }
        for i in found.indices where found[i].unit.isScaleless {
            let neighbours = [i - 1, i + 1].filter { found.indices.contains($0) && bracketed(found[min(i, $0)], found[max(i, $0)], d) }
            if let other = neighbours.first.map({ found[$0] }), other.unit.dimension == .temperature, !other.unit.isScaleless {
                let fits = [UnitNames.celsius, UnitNames.fahrenheit].filter { scale in
                    var q = found[i]
                    q.unit = scale
                    return Tolerance.exact.agree(q, other)
                }
                if fits.count == 1 { found[i].unit = fits[0] }
                continue
            }
            if scales.count == 1 { found[i].unit = scales[0] }
        }
    }

    /// `b` is in brackets right after `a`: "16 degrees (61F)".
    private func bracketed(_ a: Quantity, _ b: Quantity, _ d: Document) -> Bool {
        b.tokens.lowerBound == a.tokens.upperBound + 1 && d.token(a.tokens.upperBound, is: "(")
    }
}
