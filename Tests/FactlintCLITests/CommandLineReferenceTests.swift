@testable import FactlintCLI
import Foundation
import Testing

/// The option table is the one source of `--help`, the completions and the man page; these
/// tests fail when any of them, or the parser, drifts from it.
@Suite struct CommandLineReferenceTests {
    let table = CommandLineReference.options

    /// Option names in the parser's `case` labels, read from its source.
    func parserFlags() throws -> [String] {
        let source = try String(contentsOf: root.appendingPathComponent("Sources/FactlintCLI/Options.swift"), encoding: .utf8)
        let literal = try Regex(#""(-[^"]*)""#)
        var flags: [String] = []
        for line in source.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("case \"-") {
            let label = line.split(separator: ":", maxSplits: 1)[0]
            flags += label.matches(of: literal).map { String(label[$0.range].dropFirst().dropLast()) }
        }
        return flags.filter { $0 != "--" }
    }

    @Test func everyOptionTheParserAcceptsIsInTheTable() throws {
        let flags = try parserFlags()
        #expect(flags.count >= 20, "read too few flags from Options.swift: \(flags)")
        let known = Set(table.flatMap(\.allNames))
        for flag in flags { #expect(known.contains(flag), "\(flag) is parsed but missing from CommandLineReference.options") }
        for name in known { #expect(flags.contains(name), "\(name) is in the table but the parser does not accept it") }
    }

    @Test func everyOptionInTheTableParses() throws {
        for option in table {
            for name in option.allNames {
                var arguments = [name]
                if case .choice(let values) = option.argument { arguments.append(values[0]) } else if option.placeholder != nil { arguments.append(option.sample) }
                #expect(throws: Never.self, "\(name)") { try Options.parse(arguments + ["article.txt"]) }
            }
        }
    }

    @Test func everyOptionAndCommandAppearsInHelpCompletionsAndManPage() {
        let help = Options.help
        let man = ManPage.render()
        let bash = Shells.script(for: "bash"), zsh = Shells.script(for: "zsh"), fish = Shells.script(for: "fish")
        for option in table {
            #expect(help.contains("  " + CommandLineReference.signature(option) + " "), "help lacks \(option.names)")
            for line in option.help.split(separator: "\n") { #expect(help.contains(line)) }
            for name in option.names {
                #expect(man.contains("\\fB" + ManPage.escape(name) + "\\fR"), "man page lacks \(name)")
            }
            for name in option.allNames {
                #expect([" ", "\"", "|", ")"].contains { bash.contains(name + $0) }, "bash lacks \(name)")
                #expect(zsh.contains(name), "zsh lacks \(name)")
                let fishName = name.hasPrefix("--") ? "-l " + name.dropFirst(2) : "-s " + name.dropFirst()
                #expect(fish.contains(fishName + " "), "fish lacks \(name)")
            }
        }
        for command in CommandLineReference.commands {
            #expect(help.contains("  " + command.usage + " "))
            #expect(man.contains(ManPage.synopsis(command.usage)))
            guard !command.name.isEmpty else { continue }
            #expect(bash.contains(command.name) && zsh.contains("'\(command.name):") && fish.contains("-a \(command.name) "))
        }
    }

    @Test func theCommittedManPageIsGeneratedFromTheTable() throws {
        let committed = try String(contentsOf: root.appendingPathComponent("factlint.1"), encoding: .utf8)
        #expect(committed == ManPage.render(), "factlint.1 is stale: run `swift run factlint manpage > factlint.1`")
        #expect(Run(["manpage"]).out == committed)
    }

    @Test func completionScriptsParseInTheirShells() throws {
        for (shell, arguments) in [("bash", ["-n"]), ("zsh", ["-n"]), ("fish", ["--no-execute"])] {
            guard let path = ["/bin/", "/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map({ $0 + shell })
                    .first(where: FileManager.default.isExecutableFile) else {
                #expect(shell != "bash", "bash is not installed")
                continue
            }
            let script = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-completion-\(UUID().uuidString).\(shell)")
            try Shells.script(for: shell).write(to: script, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: script) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments + [script.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(shell) rejects its completion script")
        }
    }

    @Test func completionsForAnUnknownShellIsAUsageError() {
        let run = Run(["completions", "powershell"])
        #expect(run.status == ExitCode.failure)
        #expect(run.err.contains("bash, zsh, fish"))
        #expect(Run(["completions"]).status == ExitCode.failure)
        #expect(Run(["completions", "fish"]).out.hasPrefix("# fish completion"))
    }

    @Test func lspTakesNoPaths() {
        #expect(Run(["lsp", "articles/"]).status == ExitCode.failure)
    }
}
