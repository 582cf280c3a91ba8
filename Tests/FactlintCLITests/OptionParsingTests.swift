@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// Switches take no value, and `--` ends the options: pre-commit appends staged file
/// names after the hook's arguments, so a file name must never be read as a flag.
@Suite struct OptionParsingTests {
    @Test func booleanFlagsRejectValues() throws {
        for argument in ["--fix=false", "--fix=no", "--fix=true", "--diff=0", "--quiet=no", "--timing=off",
                         "--no-ignore-file=false", "--help=no", "--version=1"] {
            #expect(throws: UsageError.self, "\(argument)") { try Options.parse([argument, "a.txt"]) }
        }
        let scratch = try Scratch()
        try scratch.write("a.txt", "Docked at Yokosuk.\n")
        let run = Run(["--rules", rulesPath, "--fix=false", scratch.path("a.txt")])
        #expect(run.status == ExitCode.failure)
        #expect(run.err == "factlint: --fix takes no value (got 'false'); leave it out to keep the default, or put '--' before a path that starts with '-'\n")
        #expect(try scratch.read("a.txt") == Array("Docked at Yokosuk.\n".utf8), "nothing was fixed")
    }

    @Test func doubleDashEndsOptions() throws {
        let options = try Options.parse(["--rules", "r", "--", "--fix=.txt", "--write-baseline=.txt", "-q", "rules"])
        #expect(options.fix == false && options.writeBaseline == nil && options.quiet == false)
        #expect(options.paths == ["--fix=.txt", "--write-baseline=.txt", "-q", "rules"])
        #expect(options.rulesDirectory == "r")

        // A staged file named like an option is checked as an article, not obeyed.
        let scratch = try Scratch()
        try scratch.write("--write-baseline=.txt", "Docked at Yokosuk.\n")
        let run = Run(["--rules", rulesPath, "--", scratch.path("--write-baseline=.txt")])
        #expect(run.status == ExitCode.findings)
        #expect(run.out.contains("'Yokosuk' looks like a misspelling of 'Yokosuka'"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path(".txt")))
    }

    @Test func valuedOptionsStillTakeInlineValues() throws {
        let options = try Options.parse(["--format=json", "--fail-level=note", "--corpus=archive", "a.txt"])
        #expect(options.format == "json" && options.failLevel == .note && options.corpus == ["archive"])
    }

    @Test func preCommitHookEndsOptionsBeforeTheFiles() throws {
        let manifest = try String(contentsOf: root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        #expect(manifest.contains("\n  entry: factlint --\n"))
    }
}
