#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reading claim files back: refused, with a message that says what to do, when they were
/// made by another factlint or other rules, or are damaged.
extension ClaimFile {
    /// Reads one claim file's bytes (`path` is for messages).
    public static func read(_ bytes: [UInt8], path: String, ruleSet: RuleSet, version: String) throws -> Contents {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, let header = try? decoder().decode(Header.self, from: Data(first)),
              header.format == format else {
            throw Failure(description: "\(path): not a factlint claim file (make one with 'factlint claims PATH... -o FILE')")
        }
        guard header.version == formatVersion else {
            throw Failure(description: "\(path): claim file format \(header.version); this factlint reads format \(formatVersion): make the claims again")
        }
        guard header.factlint == version else {
            throw Failure(description: "\(path): made by factlint \(header.factlint); this is factlint \(version): make the claims again with this version")
        }
        let expected = fingerprint(ruleSet)
        guard header.rules == expected else {
            throw Failure(description: "\(path): made with other rules (fingerprint \(header.rules); these rules: \(expected)): "
                          + "compare with the rules the claims were made with (--rules, config, --select, --ignore)")
        }
        var entries: [Entry] = []
        for (n, line) in lines.enumerated().dropFirst() {
            do { entries.append(try Entry.read(line, rules: ruleSet.rules)) } catch {
                throw Failure(description: "\(path):\(n + 1): damaged claim record (\(Self.reason(error)))")
            }
        }
        return Contents(header: header, entries: entries, sources: entries.map { _ in path })
    }

    /// Several claim files as one run over all their documents would see them: documents in
    /// path order. A document in two files is refused (shards must not overlap).
    public static func combine(_ files: [Contents]) throws -> Contents {
        guard var combined = files.first else { throw Failure(description: "no claim file given") }
        for file in files.dropFirst() {
            combined.entries += file.entries
            combined.sources += file.sources
            combined.header.files += file.header.files
            combined.header.skipped += file.header.skipped
        }
        let order = combined.entries.indices.sorted { combined.entries[$0].path < combined.entries[$1].path }
        for (a, b) in zip(order, order.dropFirst()) where combined.entries[a].path == combined.entries[b].path {
            let sources = [combined.sources[a], combined.sources[b]].sorted()
            throw Failure(description: "\(combined.entries[a].path) is in two claim files (\(sources[0]), \(sources[1])): shards must not overlap")
        }
        combined.entries = order.map { combined.entries[$0] }
        combined.sources = order.map { combined.sources[$0] }
        combined.header.files.sort()
        combined.header.skipped.sort(by: Diagnostic.ordered)
        return combined
    }

    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            let at = c.codingPath.map(\.stringValue).joined(separator: ".")
            return (at.isEmpty ? "" : at + ": ") + c.debugDescription
        default: return "\(error)"
        }
    }
}
