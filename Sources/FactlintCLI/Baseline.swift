import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Findings recorded to be hidden: keyed by path, rule id and the text of the finding's
/// line (not its number, so edits above a finding do not bring it back). A key recorded n
/// times hides n findings.
///
/// The path is the file's canonical path relative to the baseline file's folder (absolute
/// when the file is outside it), so a baseline recorded with `factlint articles` matches a
/// run with `./articles`, an absolute path, or from inside the folder. Version 1 files
/// recorded the path as spelled on the command line; they are read relative to the
/// current folder.
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
    /// The baseline file's folder: recorded paths are relative to it.
    var folder: String

    static func folder(of file: String) -> String { URL(fileURLWithPath: file).deletingLastPathComponent().path }

    static func key(_ path: String, _ rule: String, _ lineText: String) -> String { "\(path)\u{0}\(rule)\u{0}\(lineText)" }

    static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("--baseline: cannot read '\(path)'") }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw UsageError("--baseline: '\(path)' is not a factlint baseline (\(error))")
        }
        guard file.version == 1 || file.version == 2 else {
            throw UsageError("--baseline: '\(path)' has version \(file.version); this factlint reads versions 1 and 2")
        }
        var baseline = Baseline(folder: folder(of: path))
        for var e in file.findings {
            if file.version == 1 { e.path = CanonicalPath.relative(e.path, to: baseline.folder) }
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
        var paths: [String: String] = [:]
        return diagnostics.filter { d in
            let path = paths[d.location.path] ?? { paths[d.location.path] = CanonicalPath.relative(d.location.path, to: folder); return paths[d.location.path]! }()
            let k = Baseline.key(path, d.ruleID, d.lineText)
            guard let n = left[k], n > 0 else { return true }
            left[k] = n - 1
            return false
        }
    }

    static func write(_ diagnostics: [Diagnostic], to path: String) throws {
        var counts: [Entry: Int] = [:]
        let folder = folder(of: path)
        var paths: [String: String] = [:]
        for d in diagnostics {
            let relative = paths[d.location.path] ?? { paths[d.location.path] = CanonicalPath.relative(d.location.path, to: folder); return paths[d.location.path]! }()
            counts[Entry(path: relative, rule: d.ruleID, lineText: d.lineText, count: 0), default: 0] += 1
        }
        let entries = counts.map { e, n in Entry(path: e.path, rule: e.rule, lineText: e.lineText, count: n) }.sorted()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(File(version: 2, findings: entries)).write(to: URL(fileURLWithPath: path))
    }
}
