import FactlintCore
import Foundation

/// `.factlintignore`: suppressions kept beside the articles, not inside them. Found from
/// the current folder upward. Each line is `GLOB [RULE-ID …] # reason`; the reason is
/// required; without rule ids every rule is ignored for the matching files. Globs are
/// relative to the ignore file's folder (see PathGlob).
struct IgnoreFile {
    struct Entry {
        var glob: PathGlob
        var rules: Set<String>
        var reason: String
    }

    var folder: URL
    var entries: [Entry]

    static let name = ".factlintignore"

    static func find(from start: URL) throws -> IgnoreFile? {
        var folder = start.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return try parse(candidate) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func parse(_ url: URL) throws -> IgnoreFile {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw UsageError("\(url.path): cannot read") }
        var entries: [Entry] = []
        for (n, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let hash = line.range(of: " #") else {
                throw UsageError("\(url.path):\(n + 1): give a reason after ' #' (every suppression says why)")
            }
            let reason = line[hash.upperBound...].trimmingCharacters(in: .whitespaces)
            let words = line[..<hash.lowerBound].split(separator: " ").map(String.init)
            guard let glob = words.first, !reason.isEmpty else {
                throw UsageError("\(url.path):\(n + 1): expected 'GLOB [RULE-ID …] # reason'")
            }
            entries.append(Entry(glob: PathGlob(glob), rules: Set(words.dropFirst()), reason: reason))
        }
        return IgnoreFile(folder: url.deletingLastPathComponent(), entries: entries)
    }

    func ignores(_ d: Diagnostic) -> Bool {
        let absolute = URL(fileURLWithPath: d.location.path).standardizedFileURL.path
        let base = folder.standardizedFileURL.path + "/"
        guard absolute.hasPrefix(base) else { return false }
        let relative = String(absolute.dropFirst(base.count))
        return entries.contains { ($0.rules.isEmpty || $0.rules.contains(d.ruleID)) && $0.glob.matches(relativePath: relative) }
    }
}
