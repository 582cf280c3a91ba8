import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// factlint with nothing set up: built-in rules, every article format, configs, stdin.
@Suite struct AnywhereTests {
    /// One finding as rule, message and the exact source text its line and columns point at.
    static func findings(_ run: Run, in scratch: Scratch) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let items = try #require(json["diagnostics"] as? [[String: Any]])
        return try items.map { d in
            let path = try #require(d["path"] as? String)
            let line = try #require(d["line"] as? Int), column = try #require(d["column"] as? Int)
            let endColumn = try #require(d["endColumn"] as? Int), endLine = try #require(d["endLine"] as? Int)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let scalars = Array(lines[line - 1].unicodeScalars)
            let end = endLine == line ? endColumn - 1 : scalars.count
            let flagged = String(String.UnicodeScalarView(scalars[(column - 1)..<end]))
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            // Messages may name the other article's path and line, which differ by format.
            let message = (d["message"] as? String ?? "").replacing(#/\S+/(report\d)\.\w+:\d+/#) { $0.output.1 }
            return "\(name) \(d["rule"]!) '\(flagged)' \(message)"
        }.sorted()
    }

    static func corpus(_ ext: String, _ make: (Int) -> String) throws -> Scratch {
        let s = try Scratch()
        for i in FormatArticles.prose.indices { try s.write("articles/report\(i + 1).\(ext)", make(i)) }
        return s
    }

    @Test func textMarkdownAndHTMLCopiesGiveTheSameFindingsAtTheirSourcePositions() throws {
        let text = try Self.corpus("txt", FormatArticles.text)
        let markdown = try Self.corpus("md", FormatArticles.markdown)
        let html = try Self.corpus("html", FormatArticles.html)
        var results: [[String]] = []
        for s in [text, markdown, html] {
            let run = Run(["--format", "json", s.path("articles")])
            #expect(run.status == ExitCode.findings, "\(run.err)")
            results.append(try Self.findings(run, in: s))
        }
        let expected = results[0]
        #expect(expected.contains { $0.contains("date-sanity 'Monday, March 4, 2025'") })
        #expect(expected.contains { $0.contains("corpus-magnitudes '$120'") })
        #expect(expected.contains { $0.contains("corpus-quotes") })
        #expect(expected.contains { $0.contains("boilerplate '4 min read'") })
        #expect(expected.contains { $0.contains("boilerplate 'Advertisement'") })
        #expect(expected.contains { $0.contains("corpus-variants 'cafe'") })
        #expect(results[1] == expected, "Markdown differs")
        #expect(results[2] == expected, "HTML differs")
    }

    @Test func anEmptyFolderIsAnErrorNotAGreenRun() throws {
        let s = try Scratch()
        try s.write("articles/notes.json", "{}")
        let run = Run([s.path("articles")])
        #expect(run.status == ExitCode.failure)
        #expect(run.err.contains("no articles found under \(s.path("articles"))"))
    }

    @Test func aConfigTwoFoldersUpDisablesARuleForWireOnly() throws {
        let s = try Scratch()
        try s.write(".factlint.json5", #"{ overrides: [{ files: "news/wire/**", disable: ["date-sanity"] }], }"#)
        let wrong = "The vote was held on Monday, March 4, 2025.\n"
        try s.write("news/wire/a.txt", wrong)
        try s.write("news/local/b.txt", wrong)
        let run = Run([s.path("news/wire/a.txt"), s.path("news/local/b.txt")])
        #expect(run.out == "\(s.path("news/local/b.txt")):1:22: error: March 4, 2025 was a Tuesday, not a Monday [date-sanity]\n")
        let printed = Run(["config", s.path("news/wire/a.txt")])
        #expect(printed.out.contains("\"disabled\": [\"date-sanity\"]"))
        #expect(printed.out.contains("\"config\": \"\(s.path(".factlint.json5"))\""))
    }

    @Test func configExcludeWithGitignoreSemanticsAndSeverity() throws {
        let s = try Scratch()
        try s.write(".factlint.json5", #"{ exclude: ["drafts"], severity: { "date-sanity": "warning" }, failLevel: "error" }"#)
        let wrong = "The vote was held on Monday, March 4, 2025.\n"
        try s.write("drafts/a.txt", wrong)
        try s.write("b.md", wrong)
        let run = Run([s.url.path])
        #expect(run.out == "\(s.path("b.md")):1:22: warning: March 4, 2025 was a Tuesday, not a Monday [date-sanity]\n")
        #expect(run.status == ExitCode.clean)
        #expect(Run(["--max-warnings", "0", s.url.path]).status == ExitCode.findings)
        #expect(Run(["--severity", "date-sanity=error", s.url.path]).status == ExitCode.findings)
        #expect(Run(["--ignore", "date-sanity", s.url.path]).out.isEmpty)
        #expect(Run(["--select", "boilerplate", s.url.path]).out.isEmpty)
    }

    @Test func anUnknownConfigKeySuggestsTheNearestAndASyntaxErrorHasItsPosition() throws {
        let s = try Scratch()
        try s.write(".factlint.json5", "{ disabel: [] }")
        try s.write("a.txt", "Text.\n")
        let typo = Run([s.path("a.txt")])
        #expect(typo.status == ExitCode.failure)
        #expect(typo.err.contains("disabel: unknown key 'disabel'; did you mean 'disable'?"), "\(typo.err)")
        try s.write(".factlint.json5", "{\n  rules: [\"r\"]\n  exclude: [],\n}\n")
        let syntax = Run([s.path("a.txt")])
        #expect(syntax.err.contains("invalid JSON5 at line 3, column 3"), "\(syntax.err)")
    }

    @Test func inlineCommentsSuppressFindingsInMarkdown() throws {
        let s = try Scratch()
        let wrong = "The vote was held on Monday, March 4, 2025."
        try s.write("a.md", """
        <!-- factlint-disable-next-line date-sanity -->
        \(wrong)

        <!-- factlint-disable -->
        \(wrong)
        <!-- factlint-enable -->
        \(wrong)

        """)
        let run = Run([s.path("a.md")])
        #expect(run.out == "\(s.path("a.md")):7:22: error: March 4, 2025 was a Tuesday, not a Monday [date-sanity]\n")
    }

    @Test func subcommandsAndTheRulesWordAfterOptions() {
        #expect(Run(["help"]).out.hasPrefix("factlint — "))
        #expect(Run(["version"]).out == "factlint \(CLI.version)\n")
        let listed = Run(["--rules", rulesPath, "rules"])
        #expect(listed.status == ExitCode.clean)
        #expect(listed.out.contains("name-spelling") && listed.out.contains("page-furniture"))
    }

    @Test func configOfAFileWithNoConfigListsTheBuiltinRules() throws {
        let s = try Scratch()
        try s.write("a.md", "Text.\n")
        let printed = Run(["config", s.path("a.md")])
        #expect(printed.out.contains("\"config\": null") && printed.out.contains("\"format\": \"markdown\""))
        #expect(printed.out.contains("\"rules\": [\"boilerplate\", \"corpus-figures\", \"corpus-genders\", \"corpus-magnitudes\", \"corpus-names\", \"corpus-quotes\", \"corpus-types\", \"corpus-variants\", \"date-sanity\"]"), "\(printed.out)")
    }

    @Test func ruleFoldersInUseAreNeverCheckedAsArticles() throws {
        let s = try Scratch()
        let wrong = "The vote was held on Monday, March 4, 2025.\n"
        try s.write("style/site.json5", #"{ kind: "boilerplate", lines: ["Sponsored"] }"#)
        try s.write("style/words/notes.txt", wrong)
        try s.write("a.txt", wrong)
        let run = Run(["--rules", s.path("style"), s.url.path])
        #expect(run.out == "\(s.path("a.txt")):1:22: error: March 4, 2025 was a Tuesday, not a Monday [date-sanity]\n")
    }

    @Test func forceColorColoursAPipe() throws {
        let s = try Scratch()
        try s.write("a.txt", "The vote was held on Monday, March 4, 2025.\n")
        #expect(Run([s.path("a.txt")], environment: ["FORCE_COLOR": "1"]).out.contains("\u{1B}["))
        #expect(!Run([s.path("a.txt")], environment: ["FORCE_COLOR": "0"]).out.contains("\u{1B}["))
    }

    @Test func outputFlagWritesASecondFormat() throws {
        let s = try Scratch()
        try s.write("a.txt", "The vote was held on Monday, March 4, 2025.\n")
        let run = Run(["-o", "sarif:\(s.path("out.sarif"))", "-o", "github:\(s.path("out.txt"))", s.path("a.txt")])
        #expect(run.status == ExitCode.findings)
        #expect(try String(contentsOfFile: s.path("out.sarif"), encoding: .utf8).contains("\"version\": \"2.1.0\""))
        #expect(try String(contentsOfFile: s.path("out.txt"), encoding: .utf8).hasPrefix("::error file="))
    }
}

/// stdin through the real binary: a pipe, read as the file `--stdin-filename` names.
@Suite struct StdinTests {
    static let binary = root.appendingPathComponent(".build/debug/factlint").path

    static func pipe(_ input: String, _ arguments: [String], cwd: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = cwd
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, out, err)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary), "needs the debug binary (swift build)"))
    func stdinGivesTheSameFindingsAsTheFileOnDisk() throws {
        let s = try Scratch()
        try s.write("articles/report2.md", FormatArticles.markdown(1))
        try s.write("articles/report1.md", FormatArticles.markdown(0))
        let disk = try Self.pipe("", ["articles/report2.md", "--corpus", "articles"], cwd: s.url)
        let piped = try Self.pipe(FormatArticles.markdown(1), ["-", "--stdin-filename", "articles/report2.md", "--corpus", "articles"], cwd: s.url)
        #expect(disk.status == 1 && piped.status == 1)
        #expect(!disk.out.isEmpty && piped.out == disk.out)
        let devStdin = try Self.pipe(FormatArticles.text(0), ["/dev/stdin"], cwd: s.url)
        #expect(!devStdin.err.contains("permission denied") && devStdin.out.contains("/dev/stdin:"), "\(devStdin.err)")
    }
}

@Suite struct NewOptionTests {
    @Test func newFlagsParse() throws {
        let o = try Options.parse(["-o", "sarif:out.sarif", "--select", "a,b", "--ignore", "c", "--severity", "d=note",
                                   "--max-warnings", "3", "-", "--stdin-filename", "x.md"])
        #expect(o.outputs == [Options.Output(format: "sarif", file: "out.sarif")])
        #expect(o.select == ["a", "b"] && o.ignore == ["c"] && o.severity == ["d": .note] && o.maxWarnings == 3)
        #expect(o.paths == ["-"] && o.stdinFilename == "x.md")
        #expect(try Options.parse(["config", "a.md"]).command == .printConfig("a.md"))
        #expect(try Options.parse(["--", "rules"]).paths == ["rules"])
    }

    @Test func badValuesAreUsageErrors() {
        for arguments in [["-o", "nope:x", "a"], ["-o", "sarif", "a"], ["--severity", "r=loud", "a"], ["--max-warnings", "-1", "a"], ["-", "a.txt"]] {
            #expect(throws: UsageError.self, "\(arguments)") { try Options.parse(arguments) }
        }
        let unknown = Run(["--select", "no-such-rule", "fixtures"])
        #expect(unknown.status == ExitCode.failure && unknown.err.contains("unknown rule 'no-such-rule'"))
    }
}
