/// Turns consensus verdicts over evidence into findings: a warning (or the fact's
/// severity) on each outlier naming what the majority says, with up to `maxRelated`
/// majority locations as notes; a note on each side of a tie.
enum ConsensusReport {
    static let maxRelated = 5

    static func report<E>(_ items: [E], ruleID: String, severity: Severity, subject: String,
                          key: (E) -> String, agree: (E, E) -> Bool, describe: (E) -> String,
                          location: (E) -> SourceLocation, lineText: (E) -> String,
                          into diagnostics: inout [Diagnostic]) {
        var documentIndex: [String: Int] = [:]
        var classIndex: [String: Int] = [:]
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
        for verdict in verdicts {
            switch verdict {
            case .outlier(let index, let majority):
                for item in classes[index] {
                    let others = witnesses(majority.flatMap { classes[$0] }, excluding: location(item).path, location)
                    guard let first = others.first else { continue }
                    let count = Set(majority.flatMap { documents[$0] }).count
                    let message = "\(subject): found '\(describe(item))', but \(count) other article\(count == 1 ? "" : "s") report '\(describe(first))'"
                    diagnostics.append(Diagnostic(
                        ruleID: ruleID, severity: severity, message: message, location: location(item),
                        related: others.prefix(maxRelated).map { RelatedLocation(location($0), "reported as '\(describe($0))'") },
                        lineText: lineText(item)))
                }
            case .tie(let index, let rivals):
                for item in classes[index] {
                    let others = witnesses(rivals.flatMap { classes[$0] }, excluding: location(item).path, location)
                    guard let first = others.first else { continue }
                    let message = "\(subject): articles disagree and none is in the majority: '\(describe(item))' here, '\(describe(first))' elsewhere"
                    diagnostics.append(Diagnostic(
                        ruleID: ruleID, severity: .note, message: message, location: location(item),
                        related: others.prefix(maxRelated).map { RelatedLocation(location($0), "reported as '\(describe($0))'") },
                        lineText: lineText(item)))
                }
            }
        }
    }

    /// One item per other article, in path order.
    private static func witnesses<E>(_ items: [E], excluding path: String, _ location: (E) -> SourceLocation) -> [E] {
        var seen = Set<String>()
        return items
            .filter { location($0).path != path }
            .sorted { (location($0).path, location($0).line) < (location($1).path, location($1).line) }
            .filter { seen.insert(location($0).path).inserted }
    }
}
