extension FigureVotes {
    /// "16 degrees" that its article left without a scale votes in the scale the corpus writes
    /// most (a tie: °C), or, when it states one of that group's values only when read in the
    /// other scale ("95 degrees" among "35°C"), converted from that scale: a bare figure is
    /// an outlier only when it fits neither. With no scale written anywhere, bare figures vote
    /// among themselves.
    static func assumeCorpusScale(_ byUnit: inout [String: [Item]], tolerance: Tolerance) {
        guard let bare = byUnit[Unit.degrees.description], !bare.isEmpty else { return }
        let celsius = byUnit[UnitNames.celsius.description] ?? [], fahrenheit = byUnit[UnitNames.fahrenheit.description] ?? []
        guard !celsius.isEmpty || !fahrenheit.isEmpty else { return }
        let (scale, other) = fahrenheit.count > celsius.count ? (UnitNames.fahrenheit, UnitNames.celsius) : (UnitNames.celsius, UnitNames.fahrenheit)
        let group = byUnit[scale.description] ?? []
        func states(_ q: Quantity) -> Bool { group.contains { sameValue($0.figure.quantity, q, tolerance) } }
        byUnit[Unit.degrees.description] = nil
        for item in bare {
            var moved = item
            moved.figure.quantity.unit = scale
            let converted = convert(item.figure.quantity, from: other, to: scale)
            if !states(moved.figure.quantity) && states(converted) { moved.figure.quantity = converted }
            byUnit[scale.description, default: []].append(moved)
        }
    }

    /// A temperature read in `from`, expressed in `to`.
    private static func convert(_ q: Quantity, from: Unit, to: Unit) -> Quantity {
        var c = q
        c.unit = to
        c.value = to.fromBase(from.toBase(q.value))
        c.upper = to.fromBase(from.toBase(q.upper))
        c.mantissa = c.value
        c.step = q.step * from.factor / to.factor
        return c
    }
}
