/// A date written inside an anchor phrase: "the May 2024 final" for the anchor "the final",
/// "this 2025 cup final" for "cup final". The phrase names the event and the date inside it
/// is that event's, whatever other anchor stands nearer.
extension DatesRule {
    /// The event each date group written between a determiner and the rest of an anchor dates.
    func innerDates(_ d: Document, _ groups: [[TimeExpression]]) -> [(group: Int, fact: Int)] {
        let tokens = d.tokens
        var found: [(group: Int, fact: Int)] = []
        for (c, group) in groups.enumerated() {
            let start = group.first!.tokens.lowerBound, end = group.last!.tokens.upperBound
            guard start >= 1, Self.determiners.contains(d.string(token: start - 1).lowercased()) else { continue }
            for (i, event) in options.events.enumerated() where event.interval != nil {
                let matched = event.anchors.contains { anchor in
                    var words = anchor.lowercased().split(separator: " ").map(String.init)
                    if let first = words.first, Self.determiners.contains(first) { words.removeFirst() }
                    guard !words.isEmpty, end + words.count <= tokens.count else { return false }
                    return words.indices.allSatisfy { j in
                        tokens[end + j].kind == .word && d.string(token: end + j).lowercased() == words[j]
                    }
                }
                if matched, group.allSatisfy({ datable($0, for: event) }) {
                    found.append((c, i))
                    break
                }
            }
        }
        return found
    }

    static let determiners: Set<String> = ["the", "this", "that", "its", "their", "his", "her"]
}
