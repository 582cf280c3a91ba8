/// A date written inside an anchor phrase: "the May 2024 final" for the anchor "the final",
/// "this 2025 cup final" for "cup final", "yesterday's final". The phrase names the event and the date inside it
/// is that event's, whatever other anchor stands nearer.
extension DatesRule {
    /// The event each date group written between a determiner and the rest of an anchor dates.
    func innerDates(_ d: Document, _ groups: [[TimeExpression]]) -> [(group: Int, fact: Int)] {
        let tokens = d.tokens
        var found: [(group: Int, fact: Int)] = []
        for (c, group) in groups.enumerated() {
            let start = group.first!.tokens.lowerBound
            var end = group.last!.tokens.upperBound
            // "yesterday's final", "Saturday’s final": a possessive time names its event too.
            if end + 1 < tokens.count, d.token(end, is: "'") || d.token(end, is: "’"), tokens[end + 1].isJoined,
               d.string(token: end + 1).lowercased() == "s" {
                end += 2
            } else if start < 1 || !Self.determiners.contains(d.string(token: start - 1).lowercased()) {
                continue
            }
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

    /// "fined the carmaker €186 million, or about £159 million, last Tuesday": a weekday or
    /// relative date left unbound beyond the anchor window belongs to the nearest anchor
    /// before it in its own clause, when no other date stands between them.
    func clauseDates(_ d: Document, _ groups: [[TimeExpression]], hits: [Anchors.Hit], bound: [Int: Int]) -> [(group: Int, fact: Int)] {
        var found: [(group: Int, fact: Int)] = []
        for (c, group) in groups.enumerated() where bound[c] == nil
            && group.allSatisfy({ $0.kind == .weekday || $0.kind == .relative }) {
            let start = group.first!.tokens.lowerBound
            let s = d.sentenceIndex(ofToken: start)
            let sentence = d.sentences[s].tokens
            guard let hit = hits.last(where: { $0.tokens.upperBound <= start && $0.tokens.lowerBound >= sentence.lowerBound }),
                  !groups.contains(where: { g in g.first!.tokens.lowerBound >= hit.tokens.upperBound && g.first!.tokens.lowerBound < start })
            else { continue }
            let clauses = eventKeys.clauses.clauses(d, sentence: sentence)
            guard clauses.clause(of: hit.tokens.lowerBound) == clauses.clause(of: start),
                  let fact = hit.facts.first(where: { f in group.allSatisfy { datable($0, for: options.events[f]) } }) else { continue }
            found.append((c, fact))
        }
        return found
    }
}
