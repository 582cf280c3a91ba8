#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A claim file: what `factlint claims -o FILE` writes so that the cross-document pass can
/// run elsewhere (`factlint compare FILE…`): an archive is split into shards, each read on
/// its own machine, and the claim files are compared once.
///
/// JSON Lines. The first line is the header; every other line is one document: its own
/// findings (as the engine gives them, before configs and flags judge them), its inline
/// suppressions, each rule's evidence, and the text of the lines that evidence points at
/// (so the articles need not be where the files are compared). Evidence only means
/// something to the rules that made it, so a file made by another version or another rule
/// set is refused.
public enum ClaimFile {
    public static let format = "factlint-claims"
    /// Raised whenever the layout of a line or of any rule's evidence changes.
    public static let formatVersion = 1

    public struct Header: Codable, Sendable, Equatable {
        public var format = ClaimFile.format
        public var version = ClaimFile.formatVersion
        /// The factlint version that wrote the file.
        public var factlint: String
        /// `fingerprint` of the rules that made the evidence.
        public var rules: String
        /// The articles named or found, as the walk listed them (reports count them).
        public var files: [String]
        /// Files the walk found but could not check: warnings in the report.
        public var skipped: [Diagnostic]

        public init(factlint: String, rules: String, files: [String], skipped: [Diagnostic]) {
            self.factlint = factlint
            self.rules = rules
            self.files = files
            self.skipped = skipped
        }
    }

    /// A claim file read back (or several combined), checked against this factlint and its rules.
    public struct Contents: Sendable {
        public var header: Header
        var entries: [Entry]
        /// Where each entry came from (for the duplicate message).
        var sources: [String]
    }

    /// One document's line.
    struct Entry: Sendable {
        var path: String
        var reportable: Bool
        var outcome: Engine.DocumentOutcome
        /// The trimmed line text at each byte offset the evidence points at.
        var lines: [Int: String]
    }

    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// A stable digest of what decides the evidence: each rule's id, kind and severity and
    /// the bytes of its rule file (built-in rules are fixed by the version).
    public static func fingerprint(_ ruleSet: RuleSet) -> String {
        var h = FNV64()
        func add(_ s: String) { for b in s.utf8 { h.add(b) }; h.add(0) }
        for rule in ruleSet.rules {
            add(rule.meta.id); add(rule.meta.kind); add(rule.meta.severity.rawValue)
            if !rule.meta.file.isEmpty {
                let bytes = FileManager.default.contents(atPath: rule.meta.file).map { [UInt8]($0) } ?? []
                for b in bytes { h.add(b) }
                add(String(bytes.count))
            }
        }
        let hex = String(h.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return e
    }

    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }
}
