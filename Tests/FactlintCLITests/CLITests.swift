import FactlintCLI
import FactlintCore
import Foundation
import Testing

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rulesPath = root.appendingPathComponent("rules").path
let seedsPath = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path

/// Runs the command in-process and captures what it prints.
struct Run {
    var status: Int32 = 0
    var out = ""
    var err = ""

    init(_ arguments: [String], environment: [String: String] = [:], terminal: Bool = false) {
        final class Box: @unchecked Sendable { var out = ""; var err = "" }
        let box = Box()
        let console = Console(out: { box.out += $0 }, err: { box.err += $0 },
                              stdoutIsTerminal: terminal, environment: environment)
        status = CLI.run(arguments, console: console)
        out = box.out.replacingOccurrences(of: root.path + "/", with: "")
        err = box.err.replacingOccurrences(of: root.path + "/", with: "")
    }
}

@Suite struct CLITests {
    @Test func fixturesMatchTheGoldenOutput() throws {
        let run = Run(["--rules", rulesPath, root.appendingPathComponent("fixtures").path])
        let expected = try String(contentsOf: root.appendingPathComponent("fixtures/expected.out"), encoding: .utf8)
        #expect(run.out == expected)
        #expect(run.status == ExitCode.findings)
        #expect(run.err.hasSuffix(" in \(CLITests.fixtureFiles().count) files\n"))
    }

    @Test func timingListsEveryRuleOnStderrAndLeavesStdoutAlone() throws {
        let plain = Run(["--rules", rulesPath, "-q", root.appendingPathComponent("fixtures").path])
        let timed = Run(["--rules", rulesPath, "-q", "--timing", root.appendingPathComponent("fixtures").path])
        #expect(timed.out == plain.out)
        #expect(timed.status == plain.status)
        let lines = timed.err.split(separator: "\n")
        #expect(lines.first?.hasPrefix("rule ") == true)
        let rules = Run(["rules", "--rules", rulesPath]).out
        for id in ["name-spelling", "quote-drift", "name-variants", "(tokenizing documents)", "(formatting output)"] {
            #expect(lines.contains { $0.hasPrefix(id + " ") }, "\(id) missing from \(timed.err)")
            if !id.hasPrefix("(") { #expect(rules.contains(id)) }
        }
        #expect(lines.count == 3 + rules.split(separator: "\n").count) // header, tokenizing, one row a rule, formatting
        #expect(lines.last?.hasPrefix("(formatting output) ") == true && lines.last?.contains(" bytes") == true)
    }

    @Test func everyLineHasTheCompilerShape() throws {
        let run = Run(["--rules", rulesPath, root.appendingPathComponent("fixtures").path])
        let shape = try Regex(#"^[^:]+:[0-9]+:[0-9]+: (error|warning|note): .+ \[[a-z0-9-]+\]$"#)
        for line in run.out.split(separator: "\n") { #expect(line.wholeMatch(of: shape) != nil, "\(line)") }
    }

    @Test func cleanTextExitsZero() {
        let run = Run(["--rules", rulesPath, root.appendingPathComponent("fixtures/clean").path])
        #expect(run.status == ExitCode.clean)
        #expect(run.out.isEmpty)
        #expect(run.err == "0 errors, 0 warnings, 0 notes in 1 file\n")
    }

    @Test func failLevelDecidesTheExitCode() {
        let folder = root.appendingPathComponent("fixtures/boilerplate").path
        #expect(Run(["--rules", rulesPath, folder]).status == ExitCode.clean)
        #expect(Run(["--rules", rulesPath, "--fail-level", "warning", folder]).status == ExitCode.findings)
        #expect(Run(["--rules", rulesPath, "--fail-level=note", "-q", folder]).err.isEmpty)
    }

    @Test func missingPathIsAnError() {
        let run = Run(["--rules", rulesPath, "no/such/folder"])
        #expect(run.status == ExitCode.failure)
        #expect(run.out.isEmpty)
        #expect(run.err == "factlint: no/such/folder: no such file or folder\n")
    }

    @Test func usageErrors() {
        #expect(Run(["--frobnicate", "x"]).err == "factlint: unknown option '--frobnicate' (see factlint --help)\n")
        #expect(Run(["--frobnicate", "x"]).status == ExitCode.failure)
        #expect(Run([]).status == ExitCode.failure)
        #expect(Run(["--format", "xml", "x"]).err.contains("'xml' is not one of"))
        #expect(Run(["--rules"]).err == "factlint: --rules needs a value\n")
    }

    @Test func badRuleFileIsAnErrorNamingTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-rules-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{ kind: 'names', names: ['Abe'], nmaes: 1 }".write(to: folder.appendingPathComponent("my-names.json5"), atomically: true, encoding: .utf8)
        let run = Run(["--rules", folder.path, root.appendingPathComponent("fixtures").path])
        #expect(run.status == ExitCode.failure)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("factlint: \(folder.path)/my-names.json5: nmaes: unknown key 'nmaes'"))
    }

    @Test func helpDocumentsEveryFlag() {
        let help = Run(["--help"]).out
        for flag in ["--rules", "--format", "--fail-level", "--color", "--include", "--exclude", "--quiet", "--version", "--timing"] {
            #expect(help.contains(flag), "\(flag)")
        }
        #expect(Run(["--version"]).out.hasPrefix("factlint "))
    }

    @Test func colorFollowsTheTerminalAndNO_COLOR() {
        let file = root.appendingPathComponent("fixtures/names/misspelt-names.txt").path
        #expect(!Run(["--rules", rulesPath, file]).out.contains("\u{1B}["))
        #expect(Run(["--rules", rulesPath, file], terminal: true).out.contains("\u{1B}["))
        #expect(!Run(["--rules", rulesPath, file], environment: ["NO_COLOR": "1"], terminal: true).out.contains("\u{1B}["))
        #expect(Run(["--rules", rulesPath, "--color", "always", file]).out.contains("\u{1B}["))
    }

    /// Text files under fixtures/, relative paths.
    static func fixtureFiles() -> [String] {
        let base = root.appendingPathComponent("fixtures")
        let walker = FileManager.default.enumerator(atPath: base.path)!
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }
    }

    @Test func includeAndExcludeGlobs() {
        let fixtures = root.appendingPathComponent("fixtures").path
        let all = CLITests.fixtureFiles()
        let notNames = all.filter { !$0.hasPrefix("names/") }.count
        let clean = all.filter { $0.hasPrefix("clean/") }.count
        func files(_ n: Int) -> String { "in \(n) file\(n == 1 ? "" : "s")\n" }
        #expect(Run(["--rules", rulesPath, fixtures]).err.hasSuffix(files(all.count)))
        #expect(Run(["--rules", rulesPath, "--exclude", "names", fixtures]).err.hasSuffix(files(notNames)))
        #expect(Run(["--rules", rulesPath, "--include", "**/clean/*.txt", fixtures]).err.hasSuffix(files(clean)))
        let none = Run(["--rules", rulesPath, "--include", "*.md", fixtures]) // a folder with nothing to check is an error
        #expect(none.status == ExitCode.failure && none.err.contains("no articles found under"))
    }

    @Test func rulesAndExplain() {
        let list = Run(["rules", "--rules", rulesPath])
        #expect(list.out.contains("name-spelling") && list.out.contains("names"))
        let explain = Run(["explain", "name-spelling", "--rules", rulesPath])
        #expect(explain.out.contains("Reported:") && explain.out.contains("Yokosuk"))
        #expect(Run(["explain", "nope", "--rules", rulesPath]).status == ExitCode.failure)
    }

    @Test func testRulesRunsEveryRulesExamples() throws {
        let shipped = Run(["test-rules", "--rules", rulesPath])
        #expect(shipped.status == ExitCode.clean && shipped.out.isEmpty && shipped.err.hasSuffix(" failed\n"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-test-rules-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{ kind: "names", description: "x", examples: { triggers: ["Yokosuka is fine."], passes: ["Yokosuk is bad."] }, names: ["Yokosuka"] }"#
            .write(to: dir.appendingPathComponent("ports.json5"), atomically: true, encoding: .utf8)
        let bad = Run(["test-rules", "--rules", dir.path])
        #expect(bad.status == ExitCode.findings)
        #expect(bad.out.contains("ports.json5: ports: trigger 1 is not reported\n    Yokosuka is fine."))
        #expect(bad.out.contains("ports.json5: ports: pass 1 is reported: 'Yokosuk' looks like a misspelling of 'Yokosuka'"))
        #expect(bad.err.hasSuffix(": 2 failed\n"))
    }
}
