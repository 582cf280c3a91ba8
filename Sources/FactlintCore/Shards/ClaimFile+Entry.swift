#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One document as a line of a claim file, and back.
extension ClaimFile.Entry {
    private enum Keys: String, CodingKey { case path, reportable, failure, diagnostics, suppressions, evidence, lines }

    /// One rule's evidence in one document, named so a misplaced entry is caught.
    private struct RuleEvidence<Item: Codable>: Codable {
        var rule: String
        var items: [Item]
    }

    /// Line texts, each distinct text stored once: `at[i]` has text `texts[text[i]]`.
    private struct Lines: Codable {
        var at: [Int] = []
        var text: [Int] = []
        var texts: [String] = []
    }

    /// The JSON line (no newline). `bytes` are the file as read: the line texts come from them.
    static func line(path: String, reportable: Bool, outcome: Engine.DocumentOutcome, bytes: [UInt8],
                     rules: [any Rule]) throws -> String {
        let notes = LineNotes(path: path)
        let noting = ClaimFile.encoder()
        noting.userInfo[LineNotes.key] = notes
        var evidence: [String] = []
        for (r, rule) in rules.enumerated() {
            guard r < outcome.evidence.count, let boxed = outcome.evidence[r] else { evidence.append("null"); continue }
            evidence.append(try encode(rule, boxed, noting))
        }
        var lines = Lines()
        var index: [String: Int] = [:]
        for offset in notes.offsets.sorted() {
            let text = SourceText.lineText(in: bytes, at: offset)
            let i = index[text] ?? lines.texts.count
            if i == lines.texts.count { lines.texts.append(text); index[text] = i }
            lines.at.append(offset)
            lines.text.append(i)
        }
        let plain = ClaimFile.encoder()
        func json(_ value: some Encodable) throws -> String { String(decoding: try plain.encode(value), as: UTF8.self) }
        // Keys in sorted order, as the encoder writes them everywhere else.
        let fields = [
            ("diagnostics", try json(outcome.diagnostics)),
            ("evidence", "[" + evidence.joined(separator: ",") + "]"),
            ("failure", try outcome.failure.map(json) ?? "null"),
            ("lines", try json(lines)),
            ("path", try json(path)),
            ("reportable", reportable ? "true" : "false"),
            ("suppressions", try json(outcome.suppressions)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func encode<R: Rule>(_ rule: R, _ boxed: any Sendable, _ encoder: JSONEncoder) throws -> String {
        let items = boxed as! [R.Evidence] // the engine boxes each rule's own evidence
        return String(decoding: try encoder.encode(RuleEvidence(rule: rule.meta.id, items: items)), as: UTF8.self)
    }

    /// Reads a line written by `line` with the same rules.
    static func read(_ line: some Collection<UInt8>, rules: [any Rule]) throws -> ClaimFile.Entry {
        let decoder = ClaimFile.decoder()
        decoder.userInfo[EvidenceReading.key] = EvidenceReading(rules: rules)
        return try decoder.decode(Decoded.self, from: Data(line)).entry
    }

    private struct Decoded: Decodable {
        var entry: ClaimFile.Entry

        init(from decoder: any Decoder) throws {
            guard let reading = decoder.userInfo[EvidenceReading.key] as? EvidenceReading else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no rules to read evidence with"))
            }
            let rules = reading.rules
            let c = try decoder.container(keyedBy: Keys.self)
            let path = try c.decode(String.self, forKey: .path)
            reading.path = path
            var list = try c.nestedUnkeyedContainer(forKey: .evidence)
            var evidence: [(any Sendable)?] = []
            for rule in rules {
                if try list.decodeNil() { evidence.append(nil) } else { evidence.append(try Self.decode(rule, &list)) }
            }
            guard list.isAtEnd else {
                throw DecodingError.dataCorrupted(.init(codingPath: [Keys.evidence], debugDescription: "evidence of more rules than are loaded"))
            }
            let lines = try c.decode(Lines.self, forKey: .lines)
            guard lines.at.count == lines.text.count, lines.text.allSatisfy({ lines.texts.indices.contains($0) }) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [Keys.lines], debugDescription: "line texts do not match their offsets"))
            }
            var texts: [Int: String] = [:]
            for (offset, i) in zip(lines.at, lines.text) { texts[offset] = lines.texts[i] }
            let outcome = Engine.DocumentOutcome(diagnostics: try c.decode([Diagnostic].self, forKey: .diagnostics), evidence: evidence,
                                                 failure: try c.decodeIfPresent(String.self, forKey: .failure),
                                                 suppressions: try c.decode(Suppressions.self, forKey: .suppressions))
            entry = ClaimFile.Entry(path: path, reportable: try c.decode(Bool.self, forKey: .reportable),
                                    outcome: outcome, lines: texts)
        }

        private static func decode<R: Rule>(_ rule: R, _ list: inout any UnkeyedDecodingContainer) throws -> any Sendable {
            let found = try list.decode(RuleEvidence<R.Evidence>.self)
            guard found.rule == rule.meta.id else {
                throw DecodingError.dataCorrupted(.init(codingPath: [Keys.evidence], debugDescription: "evidence of rule '\(found.rule)' where '\(rule.meta.id)' was expected"))
            }
            return found.items
        }
    }
}
