import FactlintCore
import Foundation

/// Findings recorded to be hidden: keyed by path, rule id and the text of the finding's
/// line (not its number, so edits above a finding do not bring it back). A key recorded n
/// times hides n findings.
struct Baseline {
    struct Entry: Codable, Hashable, Comparable {
        var path: String
        var rule: String
        var lineText: String
        var count: Int

        static func < (a: Entry, b: Entry) -> Bool { (a.path, a.rule, a.lineText) < (b.path, b.rule, b.lineText) }
    }

    struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    var counts: [String: Int] = [:]

    static func key(_ path: String, _ rule: String, _ lineText: String) -> String { "\(path)\u{0}\(rule)\u{0}\(lineText)" }

    static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("--baseline: cannot read '\(path)'") }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw UsageError("--baseline: '\(path)' is not a factlint baseline (\(error))")
        }
        guard file.version == 1 else { throw UsageError("--baseline: '\(path)' has version \(file.version); this factlint reads version 1") }
        var baseline = Baseline()
        for e in file.findings {
            guard e.count >= 1 else { throw UsageError("--baseline: '\(path)': a finding has count \(e.count); counts are 1 or more") }
            // A count past Int.max (a hand-edited or hostile file) saturates instead of trapping.
            let k = key(e.path, e.rule, e.lineText)
            let (sum, overflow) = baseline.counts[k, default: 0].addingReportingOverflow(e.count)
            baseline.counts[k] = overflow ? Int.max : sum
        }
        return baseline
    }

    /// The findings the baseline does not hide.
    func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var left = counts
        return diagnostics.filter { d in
            let k = Baseline.key(d.location.path, d.ruleID, d.lineText)
            guard let n = left[k], n > 0 else { return true }
            left[k] = n - 1
            return false
        }
    }

    static func write(_ diagnostics: [Diagnostic], to path: String) throws {
        var counts: [Entry: Int] = [:]
        for d in diagnostics { counts[Entry(path: d.location.path, rule: d.ruleID, lineText: d.lineText, count: 0), default: 0] += 1 }
        let entries = counts.map { e, n in Entry(path: e.path, rule: e.rule, lineText: e.lineText, count: n) }.sorted()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(File(version: 1, findings: entries)).write(to: URL(fileURLWithPath: path))
    }
}
