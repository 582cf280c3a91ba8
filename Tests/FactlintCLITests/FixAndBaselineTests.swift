@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// A scratch folder with copies of files, removed afterwards.
final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-\(UUID())")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
    func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url.appendingPathComponent(name))) }
    func copySeeds() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: seedsPath) {
            try FileManager.default.copyItem(atPath: seedsPath + "/" + name, toPath: path(name))
            // A working copy is writable, whatever the shared originals' mode.
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path(name))
        }
    }
}

@Suite struct FixTests {
    @Test(.enabled(if: Seeds.available, Seeds.skipReason))
    func fixOnTheSeedsChangesOnlyYokosukAndGulfStar() throws {
        let scratch = try Scratch()
        try scratch.copySeeds()
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsPath).sorted()
        let before = try names.map { try scratch.read($0) }
        let run = Run(["--rules", rulesPath, "--fix", scratch.url.path])
        #expect(run.err.contains("fixed 2 findings in 2 files"))
        #expect(!run.out.contains("Yokosuk'") && !run.out.contains("'Gulf star'"))
        #expect(run.out.contains("'TokyoUS'")) // not fixable, still reported
        for (name, old) in zip(names, before) {
            let new = try scratch.read(name)
            let expected: [UInt8]
            switch name {
            case "003_c4f78726d15892db.txt": expected = Array(String(decoding: old, as: UTF8.self).replacingOccurrences(of: "Gulf star", with: "golf star").utf8)
            case "004_1b888115660d7e40.txt": expected = Array(String(decoding: old, as: UTF8.self).replacingOccurrences(of: "Yokosuk (", with: "Yokosuka (").utf8)
            default: expected = old
            }
            #expect(new == expected, "\(name)")
        }
        let after = try names.map { try scratch.read($0) }
        #expect(Run(["--rules", rulesPath, "--fix", scratch.url.path]).err.contains("fixed") == false)
        #expect(try names.map { try scratch.read($0) } == after, "a second --fix changes nothing")
    }

    @Test func diffShowsFixesWithoutWriting() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "Signed by a Gulf star.\nAll fine.\n")
        let run = Run(["--rules", rulesPath, "--diff", scratch.path("a.txt")])
        #expect(run.out == "--- \(scratch.path("a.txt"))\n+++ \(scratch.path("a.txt"))\n@@ -1,2 +1,2 @@\n-Signed by a Gulf star.\n+Signed by a golf star.\n All fine.\n")
        #expect(run.status == ExitCode.findings)
        #expect(try scratch.read("a.txt") == Array("Signed by a Gulf star.\nAll fine.\n".utf8))
    }

    @Test func fixKeepsPermissionsAndCRLF() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "Signed by a Gulf star.\r\nAll fine.\r\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: scratch.path("a.txt"))
        _ = Run(["--rules", rulesPath, "--fix", scratch.path("a.txt")])
        #expect(try scratch.read("a.txt") == Array("Signed by a golf star.\r\nAll fine.\r\n".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.path("a.txt"))[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func aFileChangedSinceItWasCheckedIsLeftAlone() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "Signed by a Gulf star.")
        let ruleSet = try RuleLoader.load(directory: URL(fileURLWithPath: rulesPath))
        var engine = Engine(ruleSet: ruleSet, workers: 1)
        engine.recordDigests = true
        let result = engine.check([Source(path: scratch.path("a.txt"))])
        try scratch.write("a.txt", "Signed by a Gulf star, edited meanwhile.")
        let files = Fixer.fixes(of: result.diagnostics, all: result.diagnostics)
        let outcome = Fixer.apply(files, digests: result.digests, with: ArticleRewrite(paths: [scratch.url.path]))
        #expect(outcome.fixes == 0)
        #expect(outcome.errors == ["\(scratch.path("a.txt")): changed since it was checked; not fixed"])
        #expect(try scratch.read("a.txt") == Array("Signed by a Gulf star, edited meanwhile.".utf8))
    }

    @Test func overlappingFixesApplyOnce() {
        let plan = FixPlan(bytes: Array("abcdef".utf8), fixes: [Fix(byteRange: 1..<3, text: "X"), Fix(byteRange: 2..<4, text: "Y"), Fix(byteRange: 4..<5, text: "")])
        #expect(String(decoding: plan.result, as: UTF8.self) == "aXdf")
        #expect(plan.skipped.count == 1)
    }
}

@Suite struct BaselineAndIgnoreTests {
    @Test func baselineSurvivesEditsAboveTheFinding() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "Docked at Yokosuk.\n")
        let baseline = scratch.path("baseline.json")
        #expect(Run(["--rules", rulesPath, "--write-baseline", baseline, scratch.path("a.txt")]).status == ExitCode.clean)
        try scratch.write("a.txt", "A new first line.\n\nDocked at Yokosuk.\n")
        let hidden = Run(["--rules", rulesPath, "--baseline", baseline, scratch.path("a.txt")])
        #expect(hidden.out.isEmpty && hidden.status == ExitCode.clean)
        try scratch.write("a.txt", "A new first line.\n\nDocked at Yokosuk.\nTakiachi spoke.\n")
        let new = Run(["--rules", rulesPath, "--baseline", baseline, scratch.path("a.txt")])
        #expect(new.out.contains("'Takiachi'") && !new.out.contains("'Yokosuk'"))
        #expect(new.status == ExitCode.findings)
    }

    @Test func badBaselineIsAUsageError() throws {
        let scratch = try Scratch()
        try scratch.write("b.json", "{ nope")
        try scratch.write("a.txt", "Clean text.\n")
        let run = Run(["--rules", rulesPath, "--baseline", scratch.path("b.json"), scratch.url.path])
        #expect(run.status == ExitCode.failure && run.err.contains("is not a factlint baseline"))
    }

    @Test func ignoreFileSuppressesByGlobAndRule() throws {
        let scratch = try Scratch()
        try scratch.write("drafts/a.txt", "Docked at Yokosuk.\n\nAdvertisement\nAdvertisement\n")
        let ignore = try IgnoreFile.parse({
            try scratch.write(".factlintignore", "# drafts are not published yet\ndrafts/*.txt name-spelling # spelling is fixed at copy edit\n")
            return scratch.url.appendingPathComponent(".factlintignore")
        }())
        let loc = SourceLocation(path: scratch.path("drafts/a.txt"), line: 1, column: 1, endLine: 1, endColumn: 2, byteRange: 0..<1)
        #expect(ignore.ignores(Diagnostic(ruleID: "name-spelling", severity: .error, message: "", location: loc)))
        #expect(!ignore.ignores(Diagnostic(ruleID: "page-furniture", severity: .warning, message: "", location: loc)))
        try scratch.write(".factlintignore", "drafts/*.txt\n")
        #expect(throws: UsageError.self) { try IgnoreFile.parse(scratch.url.appendingPathComponent(".factlintignore")) }
    }

    @Test func corpusFilesAreComparedButNotReported() throws {
        let scratch = try Scratch()
        try scratch.write("new.txt", "Several Japanese companies made commitments of up to $490 billion.\n")
        try scratch.write("archive/a.txt", "Japanese companies plan investments of up to $400 billion. Docked at Yokosuk.\n")
        try scratch.write("archive/b.txt", "Japanese firms plan to invest over $400 billion.\n")
        let run = Run(["--rules", rulesPath, "--corpus", scratch.path("archive"), scratch.path("new.txt")])
        #expect(run.out.contains("new.txt:1:") && run.out.contains("but 2 other articles report '$400 billion'"))
        #expect(run.out.contains("archive/a.txt:1:") && run.out.contains("note: reported as"))
        #expect(!run.out.contains("Yokosuk'"), "findings in corpus-only files are not reported")
        #expect(run.err.hasSuffix("in 1 file\n"))
    }
}
