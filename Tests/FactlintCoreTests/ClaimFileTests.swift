import FactlintCore
import Foundation
import Testing

/// Claim files: the documents of a corpus split into shards, each written to a claim file,
/// read back and compared, must give exactly what one check over all of them gives.
@Suite struct ClaimFileTests {
    let version = "9.9.9-test"

    /// Writes `documents` (any subset, any order) as a claim file and reads it back.
    func shard(_ engine: Engine, _ documents: [(path: String, text: String)]) throws -> ClaimFile.Contents {
        let sources = documents.map { Source(path: $0.path, bytes: Array($0.text.utf8)) }
        let header = ClaimFile.Header(factlint: version, rules: ClaimFile.fingerprint(engine.ruleSet),
                                      files: documents.map(\.path), skipped: [])
        let made = try engine.claimFile(sources, header: header)
        #expect(made.failures.isEmpty)
        let bytes = Array((made.lines.joined(separator: "\n") + "\n").utf8)
        return try ClaimFile.read(bytes, path: "shard.claims", ruleSet: engine.ruleSet, version: version)
    }

    /// Our own small corpus about a harbour opening: a drifted quote, a near miss of a name
    /// written many times, a missing magnitude and repeated page furniture, all of which
    /// need the other articles to be found.
    let corpus: [(path: String, text: String)] = [
        ("a.txt", "Advertisement\nMayor Ingrid Halvorsen opened the Brennvik harbour on Friday.\n\"We built this harbour for the next hundred years,\" Halvorsen said.\nThe project cost $310 million.\nAdvertisement\n"),
        ("b.txt", "Brennvik celebrated as Halvorsen cut the ribbon.\n\"We built this harbour for the next hundred years,\" she said.\nThe Brennvik harbour cost $310 million, the city said.\n"),
        ("c.txt", "In Brennvik, Halvorsen said: \"We built this port for the next hundred years.\"\nThe harbour cost $310, the city said.\nAdvertisement\n"),
        ("d.txt", "Crowds lined the quay in Brenvik as the mayor spoke.\nBrennvik's harbour cost $310 million in all. Brennvik expects ferries.\n"),
        ("e.md", "<!-- factlint-disable-next-line -->\nVisitors came to Brenvik from Brennvik's neighbours.\n\n" + String(repeating: "A long line about the harbour and its quay. ", count: 30) + "\"We built this harbour for the next thousand years,\" Halvorsen said.\n"),
    ]

    @Test(arguments: [true, false]) func shardsCompareToWhatOneRunFinds(withShippedRules: Bool) throws {
        let rules = withShippedRules ? shippedRuleSet : try RuleLoader.load(folders: [])
        let engine = Engine(ruleSet: rules, workers: 2)
        let whole = engine.check(texts: corpus)
        #expect(whole.diagnostics.contains { $0.ruleID == "quotes" || $0.message.contains("quot") })
        #expect(whole.diagnostics.contains { $0.location.path == "e.md" && $0.lineText.hasPrefix("…") })
        // Shards in any grouping, given in any order.
        for split in [[["a.txt", "c.txt", "e.md"], ["b.txt", "d.txt"]], [["e.md"], ["d.txt", "a.txt"], ["c.txt", "b.txt"]]] {
            let parts = try split.reversed().map { paths in try shard(engine, paths.map { p in corpus.first { $0.path == p }! }) }
            let compared = engine.check(claims: try ClaimFile.combine(parts))
            #expect(compared.diagnostics == whole.diagnostics)
            #expect(compared.failures == whole.failures)
            #expect(compared.filesChecked == whole.filesChecked)
        }
    }

    @Test func aDocumentInTwoShardsIsRefused() throws {
        let engine = Engine(ruleSet: shippedRuleSet)
        let one = try shard(engine, Array(corpus.prefix(2)))
        let two = try shard(engine, Array(corpus.dropFirst(1)))
        #expect(throws: ClaimFile.Failure.self) { try ClaimFile.combine([one, two]) }
    }

    @Test func claimsMadeWithOtherRulesOrAnotherVersionAreRefused() throws {
        let engine = Engine(ruleSet: shippedRuleSet)
        let sources = corpus.map { Source(path: $0.path, bytes: Array($0.text.utf8)) }
        let header = ClaimFile.Header(factlint: version, rules: ClaimFile.fingerprint(shippedRuleSet), files: [], skipped: [])
        let bytes = Array((try engine.claimFile(sources, header: header).lines.joined(separator: "\n") + "\n").utf8)
        let builtin = try RuleLoader.load(folders: [])
        #expect(ClaimFile.fingerprint(builtin) != ClaimFile.fingerprint(shippedRuleSet))
        func refusal(_ bytes: [UInt8], _ ruleSet: RuleSet, _ version: String) -> String {
            do { _ = try ClaimFile.read(bytes, path: "x.claims", ruleSet: ruleSet, version: version); return "" } catch { return "\(error)" }
        }
        #expect(refusal(bytes, builtin, version).contains("made with other rules"))
        #expect(refusal(bytes, shippedRuleSet, "0.0.1").contains("made by factlint \(version); this is factlint 0.0.1"))
        #expect(refusal(Array("not json\n".utf8), shippedRuleSet, version).contains("not a factlint claim file"))
        var damaged = bytes
        damaged.removeLast(20)
        #expect(refusal(damaged, shippedRuleSet, version).contains("damaged claim record"))
    }

    @Test func aClaimFileIsTheSameOnEveryRun() throws {
        let engine = Engine(ruleSet: shippedRuleSet, workers: 2)
        let sources = corpus.map { Source(path: $0.path, bytes: Array($0.text.utf8)) }
        let header = ClaimFile.Header(factlint: version, rules: ClaimFile.fingerprint(shippedRuleSet), files: [], skipped: [])
        #expect(try engine.claimFile(sources, header: header).lines == engine.claimFile(sources, header: header).lines)
    }
}
