import FactlintCore

/// Parsed command line. Parsing is pure: errors are `UsageError`, printed by `CLI`.
public struct Options: Equatable {
    public enum Color: String { case auto, always, never }
    public enum Command: Equatable { case check, listRules, explain(String), claims, help, version }

    public var command: Command = .check
    public var paths: [String] = []
    public var rulesDirectory = "rules"
    public var format = "compiler"
    public var failLevel = Severity.error
    public var color = Color.auto
    public var quiet = false
    public var includes: [String] = []
    public var excludes: [String] = []
    public var corpus: [String] = []
    public var fix = false
    public var diff = false
    public var baseline: String?
    public var writeBaseline: String?
    public var useIgnoreFile = true
    public var timing = false

    public init() {}
}

public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var description: String
    init(_ message: String) { description = message }
}

extension Options {
    /// Parses arguments (without the program name). `--flag=value` and `--flag value` both work;
    /// `--` ends options.
    public static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var rest = arguments[...]
        var onlyPaths = false
        func value(_ flag: String, _ inline: String?) throws -> String {
            if let inline { return inline }
            guard let next = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return next
        }
        func choice<T>(_ flag: String, _ raw: String, _ make: (String) -> T?, _ valid: [String]) throws -> T {
            guard let v = make(raw) else {
                throw UsageError("\(flag): '\(raw)' is not one of: \(valid.joined(separator: ", "))")
            }
            return v
        }
        if let first = rest.first, !first.hasPrefix("-") {
            switch first {
            case "rules": options.command = .listRules; rest.removeFirst()
            case "claims": options.command = .claims; rest.removeFirst()
            case "explain":
                rest.removeFirst()
                guard let id = rest.popFirst() else { throw UsageError("explain needs a rule id") }
                options.command = .explain(id)
            default: break
            }
        }
        while let argument = rest.popFirst() {
            if onlyPaths || !argument.hasPrefix("-") || argument == "-" {
                options.paths.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let flag = parts[0]
            let inline = parts.count > 1 ? parts[1] : nil
            switch flag {
            case "--": onlyPaths = true
            case "-h", "--help": options.command = .help
            case "-V", "--version": options.command = .version
            case "-q", "--quiet": options.quiet = true
            case "--rules": options.rulesDirectory = try value(flag, inline)
            case "-f", "--format":
                let raw = try value(flag, inline)
                options.format = try choice(flag, raw, { OutputFormats.names.contains($0) ? $0 : nil }, OutputFormats.names)
            case "--fail-level":
                options.failLevel = try choice(flag, try value(flag, inline), Severity.init, ["error", "warning", "note"])
            case "--color", "--colour":
                options.color = try choice(flag, try value(flag, inline), Color.init, ["auto", "always", "never"])
            case "--include": options.includes.append(try value(flag, inline))
            case "--exclude": options.excludes.append(try value(flag, inline))
            case "--corpus": options.corpus.append(try value(flag, inline))
            case "--fix": options.fix = true
            case "--diff": options.diff = true
            case "--baseline": options.baseline = try value(flag, inline)
            case "--write-baseline": options.writeBaseline = try value(flag, inline)
            case "--no-ignore-file": options.useIgnoreFile = false
            case "--timing": options.timing = true
            default:
                throw UsageError("unknown option '\(flag)' (see factlint --help)")
            }
        }
        if options.fix && options.diff { throw UsageError("--fix and --diff cannot be combined: --diff shows what --fix would write") }
        if (options.command == .check || options.command == .claims) && options.paths.isEmpty {
            throw UsageError("no PATH given: name the articles or folders to check (see factlint --help)")
        }
        return options
    }

    public static let help = """
    factlint — a fact-consistency linter for news articles

    USAGE
      factlint [options] PATH...      check articles (files, or folders walked for *.txt)
      factlint rules [--rules DIR]    list the loaded rules
      factlint explain RULE-ID        print a rule's description and examples
      factlint claims PATH...         print what factlint reads in articles, as JSON Lines

    OPTIONS
      --rules DIR             folder of *.json5 rule files (default: rules)
      -f, --format NAME       output format: \(OutputFormats.names.joined(separator: ", ")) (default: compiler)
      --fail-level LEVEL      exit 1 when a finding is at or above LEVEL: error, warning, note (default: error)
      --color WHEN            colour the output: auto, always, never (default: auto; NO_COLOR turns it off)
      --include GLOB          files to check in folders (repeatable; default: *.txt)
      --exclude GLOB          files or folders to skip (repeatable)
      --corpus DIR            also read the articles in DIR for cross-article checks, but report
                              findings only in the PATHs given (repeatable; for pre-commit)
      --fix                   apply unambiguous fixes in place (atomic writes), then report the rest
      --diff                  print the fixes as a unified diff instead of writing them
      --baseline FILE         hide findings recorded in FILE (keyed on path, rule and line text)
      --write-baseline FILE   record the current findings in FILE and exit 0
      --no-ignore-file        do not read .factlintignore
      --timing                print the time each rule took on stderr (for rule authors)
      -q, --quiet             no summary line on stderr
      -h, --help              this text
      -V, --version           print the version

    EXIT STATUS
      0  no finding at or above the fail level
      1  findings at or above the fail level
      2  usage error, rule-file error, or an input that could not be read

    IGNORE FILE
      .factlintignore, found from the current folder upward: one suppression a line,
      'GLOB [RULE-ID ...] # reason' (the reason is required).

    GLOBS
      '*' matches within a path segment, '**' across segments, '?' one character. A glob
      without '/' is matched against file and folder names, one with '/' against the path
      relative to the folder given.
    """
}
