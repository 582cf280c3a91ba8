/// Turns consensus verdicts over evidence into findings: a warning (or the fact's
/// severity) on each outlier naming what the majority says, with up to `maxRelated`
/// majority locations as notes; a note on each side of a tie.
enum ConsensusReport {
    static let maxRelated = 5

    /// `key` groups items that say the same thing: a value, not a formatted String (formatting
    /// a Double per item was most of the cost of this pass).
    static func report<E, K: Hashable>(_ items: [E], ruleID: String, severity: Severity, subject: String,
                          key: (E) -> K, agree: (E, E) -> Bool, describe: (E) -> String,
                          location: (E) -> SourceLocation,
                          into diagnostics: inout [Diagnostic]) {
        var documentIndex: [String: Int] = [:]
        var classIndex: [K: Int] = [:]
        var classes: [[E]] = []
        var documents: [Set<Int>] = []
        for item in items {
            let doc = documentIndex[location(item).path] ?? { documentIndex[location(item).path] = documentIndex.count; return documentIndex.count - 1 }()
            let k = key(item)
            if let c = classIndex[k] {
                classes[c].append(item)
                documents[c].insert(doc)
            } else {
                classIndex[k] = classes.count
                classes.append([item])
                documents.append([doc])
            }
        }
        let verdicts = Consensus.verdicts(documents: documents) { agree(classes[$0][0], classes[$1][0]) }
        // Witnesses are computed once per verdict (not per reported item): the first few
        // articles in path order, one item each, plus one spare for the item's own article.
        func firstWitnesses(_ indices: [Int]) -> [E] {
            var best: [String: E] = [:]
            for item in indices.lazy.flatMap({ classes[$0] }) {
                let l = location(item)
                if let other = best[l.path], (location(other).line, location(other).column) <= (l.line, l.column) { continue }
                best[l.path] = item
            }
            return best.sorted { $0.key < $1.key }.prefix(maxRelated + 1).map(\.value)
        }
        for verdict in verdicts {
            switch verdict {
            case .outlier(let index, let majority):
                let witnesses = firstWitnesses(majority)
                let majorityArticles = Set(majority.flatMap { documents[$0] })
                for item in classes[index] {
                    let others = witnesses.filter { location($0).path != location(item).path }.prefix(maxRelated)
                    guard let first = others.first else { continue }
                    let own = documentIndex[location(item).path].map { majorityArticles.contains($0) } ?? false
                    let count = majorityArticles.count - (own ? 1 : 0)
                    let message = "\(subject): found '\(describe(item))', but \(count) other article\(count == 1 ? "" : "s") report '\(describe(first))'"
                    diagnostics.append(Diagnostic(
                        ruleID: ruleID, severity: severity, message: message, location: location(item),
                        related: others.map { RelatedLocation(location($0), "reported as '\(describe($0))'") }))
                }
            case .tie(let index, let rivals):
                let witnesses = firstWitnesses(rivals)
                for item in classes[index] {
                    let others = witnesses.filter { location($0).path != location(item).path }.prefix(maxRelated)
                    guard let first = others.first else { continue }
                    let message = "\(subject): articles disagree and none is in the majority: '\(describe(item))' here, '\(describe(first))' elsewhere"
                    diagnostics.append(Diagnostic(
                        ruleID: ruleID, severity: .note, message: message, location: location(item),
                        related: others.map { RelatedLocation(location($0), "reported as '\(describe($0))'") }))
                }
            }
        }
    }
}
