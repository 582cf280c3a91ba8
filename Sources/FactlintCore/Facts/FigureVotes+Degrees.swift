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
        let scale = fahrenheit.count > celsius.count ? UnitNames.fahrenheit : UnitNames.celsius
        let group = byUnit[scale.description] ?? []
        func states(_ q: Quantity) -> Bool { group.contains { sameValue($0.figure.quantity, q, tolerance) } }
        byUnit[Unit.degrees.description] = nil
        for item in bare {
            var moved = item
            moved.figure.quantity = item.figure.quantity.assumingScale(scale, unless: states)
            byUnit[scale.description, default: []].append(moved)
        }
    }
}
