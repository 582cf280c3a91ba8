import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `.factlintignore`: suppressions kept beside the articles, not inside them. Found from
/// the current folder upward. Each line is `GLOB [RULE-ID …] # reason`; the reason is
/// required; without rule ids every rule is ignored for the matching files. Globs are
/// relative to the ignore file's folder (see PathGlob).
struct IgnoreFile {
    struct Entry {
        var glob: PathGlob
        var rules: Set<String>
        var reason: String
        /// 1-based line in the file, for error messages.
        var line: Int = 0
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
        // A BOM (editors on Windows add one) is not part of the first glob; spaces and tabs
        // both separate fields; "\r\n" ends a line like "\n".
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        for (n, raw) in String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = String(raw).replacingScalars("\t", with: " ").trimmingSpaces(newlines: true)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let hash = line.firstRange(of: " #") else {
                throw UsageError("\(url.path):\(n + 1): give a reason after ' #' (every suppression says why)")
            }
            let reason = line[hash.upperBound...].trimmingSpaces()
            let words = line[..<hash.lowerBound].split(separator: " ").map(String.init)
            guard let glob = words.first, !reason.isEmpty else {
                throw UsageError("\(url.path):\(n + 1): expected 'GLOB [RULE-ID …] # reason'")
            }
            entries.append(Entry(glob: PathGlob(glob), rules: Set(words.dropFirst()), reason: reason, line: n + 1))
        }
        return IgnoreFile(folder: url.deletingLastPathComponent(), entries: entries)
    }

    /// A misspelt rule id would silently suppress nothing: it is an error naming the line.
    func validate(ruleIDs known: [String]) throws {
        let known = known.sorted()
        for entry in entries {
            for id in entry.rules.sorted() where !known.contains(id) {
                let near = known.first { EditDistance.distance($0, id, limit: 2) != nil }
                let hint = near.map { "; did you mean '\($0)'?" } ?? "; known rules: \(known.joined(separator: ", "))"
                throw UsageError("\(folder.appendingPathComponent(IgnoreFile.name).path):\(entry.line): unknown rule id '\(id)'\(hint)")
            }
        }
    }

    func ignores(_ d: Diagnostic) -> Bool {
        let absolute = URL(fileURLWithPath: d.location.path).standardizedFileURL.path
        let base = folder.standardizedFileURL.path + "/"
        guard absolute.hasPrefix(base) else { return false }
        let relative = String(absolute.dropFirst(base.count))
        return entries.contains { ($0.rules.isEmpty || $0.rules.contains(d.ruleID)) && $0.glob.matches(relativePath: relative) }
    }
}
