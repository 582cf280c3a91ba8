extension FigureVotes {
    /// "16 degrees" that its article left without a scale votes in the scale the corpus writes
    /// most (a tie: °C); with no scale written anywhere, the bare figures vote among themselves.
    static func assumeCorpusScale(_ byUnit: inout [String: [Item]]) {
        guard let bare = byUnit[Unit.degrees.description], !bare.isEmpty else { return }
        let celsius = byUnit[UnitNames.celsius.description]?.count ?? 0
        let fahrenheit = byUnit[UnitNames.fahrenheit.description]?.count ?? 0
        guard celsius + fahrenheit > 0 else { return }
        let scale = fahrenheit > celsius ? UnitNames.fahrenheit : UnitNames.celsius
        byUnit[Unit.degrees.description] = nil
        for item in bare {
            var moved = item
            moved.figure.quantity.unit = scale
            byUnit[scale.description, default: []].append(moved)
        }
    }
}
