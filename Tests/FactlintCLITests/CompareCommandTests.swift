import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// `factlint claims … -o FILE` per shard, then `factlint compare FILE…`: the output must be
/// byte for byte what one run over all the articles prints, in every format.
@Suite struct CompareCommandTests {
    static let formats = ["compiler", "json", "sarif", "github", "checkstyle", "junit", "html"]

    func articles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }

    /// Claims per shard (every other article), then compare, against one run; `rules` are the flags that pick the rules.
    func expectShardsMatchOneRun(_ files: [String], rules: [String]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-shards-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let shards = [files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)]
        var claimFiles: [String] = []
        for (n, shard) in shards.enumerated() {
            let file = scratch.appendingPathComponent("shard\(n).claims").path
            let made = Run(["claims"] + rules + shard + ["-o", file])
            #expect(made.status == ExitCode.clean, "\(made.err)")
            claimFiles.insert(file, at: 0) // given in another order than made
        }
        for format in Self.formats {
            let one = Run(rules + ["-f", format, "--no-timestamp"] + files)
            let compared = Run(["compare"] + rules + ["-f", format, "--no-timestamp"] + claimFiles)
            #expect(compared.out == one.out, "format \(format)")
            #expect(compared.err == one.err, "format \(format)")
            #expect(compared.status == one.status, "format \(format)")
        }
    }

    @Test func fixtureShardsGiveWhatOneRunGives() throws {
        let folder = root.appendingPathComponent("fixtures").path
        let files = try #require(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
        #expect(files.count > 4)
        try expectShardsMatchOneRun(files, rules: ["--rules", rulesPath])
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipReason), arguments: [true, false])
    func seedShardsGiveWhatOneRunGives(withShippedRules: Bool) throws {
        let files = articles(in: seedsPath)
        #expect(files.count == 5)
        try expectShardsMatchOneRun(files, rules: withShippedRules ? ["--rules", rulesPath] : [])
    }

    @Test func compareRefusesClaimsOfOtherRulesWithExitTwo() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-shards-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = scratch.appendingPathComponent("a.txt").path
        try Data("The ferry left Brennvik on Monday with 212 passengers.\n".utf8).write(to: URL(fileURLWithPath: article))
        let file = scratch.appendingPathComponent("a.claims").path
        #expect(Run(["claims", "--rules", rulesPath, article, "-o", file]).status == ExitCode.clean)
        let other = Run(["compare", file])
        #expect(other.status == ExitCode.failure)
        #expect(other.err.contains("made with other rules"))
        #expect(other.out.isEmpty)
        let twice = Run(["compare", "--rules", rulesPath, file, file])
        #expect(twice.status == ExitCode.failure)
        #expect(twice.err.contains("is in two claim files"))
        let notClaims = Run(["compare", "--rules", rulesPath, article])
        #expect(notClaims.status == ExitCode.failure)
        #expect(notClaims.err.contains("not a factlint claim file"))
        #expect(Run(["compare"]).status == ExitCode.failure)
        #expect(Run(["compare", "--rules", rulesPath, "--fix", file]).status == ExitCode.failure)
    }
}
