import FactlintCore

/// What an option or a command's argument takes, so completions know what to offer.
public enum ArgumentKind: Sendable, Equatable {
    case none, file, folder, glob, text
    case choice([String])
}

/// One option: the single source of `--help`, the shell completions and the man page.
public struct OptionSpec: Sendable {
    /// Short name first when there is one: `["-f", "--format"]`.
    public var names: [String]
    /// Accepted spellings not shown in the help (`--colour`).
    public var aliases: [String] = []
    public var placeholder: String?
    public var argument: ArgumentKind = .none
    /// Help text; `\n` starts a continuation line in `--help` (a space elsewhere).
    public var help: String
    public var repeatable = false
    /// A value the option accepts, for the tests that parse every option.
    public var sample = "x"

    public var allNames: [String] { names + aliases }
    /// The help on one line, for completion menus and the man page.
    public var summary: String { help.replacingScalars("\n", with: " ") }
}

/// A subcommand (or the default check) as the usage lines show it.
public struct CommandSpec: Sendable {
    /// The word that selects it; empty for the default command.
    public var name: String
    public var usage: String
    public var help: String
    public var argument: ArgumentKind = .none
}

/// A closing section of the reference: terms with their meaning, or prose lines.
public struct ReferenceSection: Sendable {
    public var title: String
    public var terms: [(term: String, text: String)] = []
    public var prose: [String] = []
}

/// The command line's reference: every option, command and closing section, in the order
/// `--help` prints them. `factlint completions` and `factlint manpage` are generated from
/// the same values (a test holds the parser, help, completions and `factlint.1` to it).
public enum CommandLineReference {
    public static let summary = "a fact-consistency linter for news articles"

    public static let commands: [CommandSpec] = [
        CommandSpec(name: "", usage: "factlint [options] [--] PATH...",
                    help: "check articles (files, or folders walked for .txt, .md,\n.markdown, .html, .htm); PATH '-' reads stdin;\nafter '--' every argument is a PATH", argument: .file),
        CommandSpec(name: "rules", usage: "factlint rules [--rules DIR]", help: "list the loaded rules (built-in ones and yours)"),
        CommandSpec(name: "test-rules", usage: "factlint test-rules",
                    help: "run every loaded rule's examples: each trigger must be reported,\nno pass may be (exit 1 when one fails)"),
        CommandSpec(name: "explain", usage: "factlint explain RULE-ID", help: "print a rule's description and examples", argument: .text),
        CommandSpec(name: "config", usage: "factlint config FILE", help: "print the settings that apply to FILE", argument: .file),
        CommandSpec(name: "report", usage: "factlint report PATH... -o FILE",
                    help: "write an HTML report for editors (default FILE: report.html)", argument: .file),
        CommandSpec(name: "claims", usage: "factlint claims PATH...",
                    help: "print what factlint reads in articles, as JSON Lines (--format compiler:\nreadable lines); with -o FILE, write a claim file (a shard) for 'compare'", argument: .file),
        CommandSpec(name: "compare", usage: "factlint compare FILE...",
                    help: "run the cross-article checks over claim files made by 'claims -o'\nand report as one run over all their articles would", argument: .file),
        CommandSpec(name: "lsp", usage: "factlint lsp [--rules DIR]", help: "run the language server on stdin and stdout"),
        CommandSpec(name: "completions", usage: "factlint completions SHELL", help: "print a completion script: \(Shells.names.joined(separator: ", "))",
                    argument: .choice(Shells.names)),
        CommandSpec(name: "manpage", usage: "factlint manpage", help: "print the manual page (roff), as in factlint.1"),
        CommandSpec(name: "help", usage: "factlint help", help: "this text"),
        CommandSpec(name: "version", usage: "factlint version", help: "print the version"),
    ]

    public static let options: [OptionSpec] = [
        OptionSpec(names: ["--rules"], placeholder: "DIR", argument: .folder,
                   help: "folder of *.json5 rule files, added to the built-in rules\n(default: the config's 'rules', else the built-in rules only)"),
        OptionSpec(names: ["-f", "--format"], placeholder: "NAME", argument: .choice(Options.formats),
                   help: "output format: \(Options.formats.joined(separator: ", ")) (default: compiler)"),
        OptionSpec(names: ["--fail-level"], placeholder: "LEVEL", argument: .choice(["error", "warning", "note"]),
                   help: "exit 1 when a finding is at or above LEVEL: error, warning, note (default: error)"),
        OptionSpec(names: ["--color"], aliases: ["--colour"], placeholder: "WHEN", argument: .choice(["auto", "always", "never"]),
                   help: "colour the output: auto, always, never (default: auto; NO_COLOR turns it off,\nFORCE_COLOR or CLICOLOR_FORCE on)"),
        OptionSpec(names: ["--include"], placeholder: "GLOB", argument: .glob,
                   help: "files to check in folders (repeatable; default: every supported type)", repeatable: true),
        OptionSpec(names: ["--exclude"], placeholder: "GLOB", argument: .glob, help: "files or folders to skip (repeatable)", repeatable: true),
        OptionSpec(names: ["--corpus"], placeholder: "DIR", argument: .folder,
                   help: "also read the articles in DIR for cross-article checks, but report\nfindings only in the PATHs given (repeatable; for pre-commit)", repeatable: true),
        OptionSpec(names: ["--fix"], help: "apply the safe fixes in place (atomic writes), then report the rest;\nsuggestions are only reported (README: Fix policy)"),
        OptionSpec(names: ["--diff"], help: "print the fixes as a unified diff instead of writing them"),
        OptionSpec(names: ["--baseline"], placeholder: "FILE", argument: .file, help: "hide findings recorded in FILE (keyed on path, rule and line text)"),
        OptionSpec(names: ["--write-baseline"], placeholder: "FILE", argument: .file, help: "record the current findings in FILE and exit 0"),
        OptionSpec(names: ["--no-ignore-file"], help: "do not read .factlintignore"),
        OptionSpec(names: ["--timing"], help: "print the time each rule took on stderr (for rule authors)"),
        OptionSpec(names: ["--stdin-filename"], placeholder: "PATH", argument: .file,
                   help: "with '-': check stdin as if it were PATH (config, format, corpus)"),
        OptionSpec(names: ["-o", "--output"], placeholder: "FMT:FILE", argument: .file,
                   help: "also write the report in format FMT to FILE (repeatable);\nwith 'report': the HTML file to write ('-' for stdout);\nwith 'claims': the claim file to write", repeatable: true,
                   sample: "sarif:out.sarif"),
        OptionSpec(names: ["--no-timestamp"], help: "html: leave the run's date out (the same file on every run)"),
        OptionSpec(names: ["--select"], placeholder: "RULE,...", argument: .text, help: "run only these rules (repeatable)", repeatable: true),
        OptionSpec(names: ["--ignore"], placeholder: "RULE,...", argument: .text, help: "do not run these rules (repeatable)", repeatable: true),
        OptionSpec(names: ["--severity"], placeholder: "RULE=LEVEL", argument: .text,
                   help: "report RULE at LEVEL (repeatable; wins over rule files and config)", repeatable: true,
                   sample: "boilerplate=note"),
        OptionSpec(names: ["--max-warnings"], placeholder: "N", argument: .text, help: "exit 1 when there are more than N warnings",
                   sample: "10"),
        OptionSpec(names: ["--print-config"], placeholder: "FILE", argument: .file, help: "print the settings that apply to FILE (as 'factlint config FILE')"),
        OptionSpec(names: ["-q", "--quiet"], help: "no summary line on stderr"),
        OptionSpec(names: ["-h", "--help"], help: "this text"),
        OptionSpec(names: ["-V", "--version"], help: "print the version"),
    ]

    public static let sections: [ReferenceSection] = [
        ReferenceSection(title: "EXIT STATUS", terms: [
            ("0", "no finding at or above the fail level"),
            ("1", "findings at or above the fail level"),
            ("2", "usage error, rule-file error, or an input that could not be read"),
        ]),
        ReferenceSection(title: "CONFIG", prose: [
            ".factlint.json5, the nearest in the file's folder or above: rules, include, exclude,",
            "severity, disable, overrides, failLevel, maxWarnings, corpus. Flags win over it.",
        ]),
        ReferenceSection(title: "INLINE (Markdown, HTML)", prose: [
            "<!-- factlint-disable [RULE ...] --> ... <!-- factlint-enable [RULE ...] -->,",
            "<!-- factlint-disable-next-line [RULE ...] -->",
        ]),
        ReferenceSection(title: "IGNORE FILE", prose: [
            ".factlintignore, found from the current folder upward: one suppression a line,",
            "'GLOB [RULE-ID ...] # reason' (the reason is required).",
        ]),
        ReferenceSection(title: "GLOBS", prose: [
            "'*' matches within a path segment, '**' across segments, '?' one character. A glob",
            "without '/' is matched against file and folder names, one with '/' against the path",
            "relative to the folder given.",
        ]),
    ]

    /// The option's names and placeholder as the help and the man page show them: `-f, --format NAME`.
    public static func signature(_ option: OptionSpec) -> String {
        option.names.joined(separator: ", ") + (option.placeholder.map { " " + $0 } ?? "")
    }

    /// `factlint --help`.
    public static var help: String {
        func row(_ left: String, _ width: Int, _ text: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let indent = String(repeating: " ", count: 2 + width)
            return (["  " + left.padded(to: width) + lines[0]]
                    + lines.dropFirst().map { indent + $0 }).joined(separator: "\n")
        }
        var out = ["factlint — \(summary)", "", "USAGE"]
        out += commands.map { row($0.usage, 32, $0.help) }
        out += ["", "OPTIONS"]
        out += options.map { row(signature($0), 24, $0.help) }
        for section in sections {
            out += ["", section.title]
            out += section.terms.map { "  \($0.term)  \($0.text)" }
            out += section.prose.map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }
}
