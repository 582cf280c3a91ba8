import FactlintCore

/// Parsed command line. Parsing is pure: errors are `UsageError`, printed by `CLI`.
public struct Options: Equatable {
    public enum Color: String { case auto, always, never }
    public enum Command: Equatable { case check, listRules, testRules, explain(String), help, version, printConfig(String), report, lsp, completions(String), manpage, claims, compare }

    public var command: Command = .check
    public var paths: [String] = []
    public var rulesDirectory: String?
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
    /// `factlint -`: the path stdin is read as (config, format, corpus), from `--stdin-filename`.
    public var stdinFilename: String?
    /// `-o FORMAT:FILE`: extra reports written to files, in the order given.
    public var outputs: [Output] = []
    public struct Output: Equatable {
        public var format: String
        public var file: String
        public init(format: String, file: String) { self.format = format; self.file = file }
    }
    /// `--select`: only these rules run; `--ignore`: these rules do not.
    public var select: [String] = []
    public var ignore: [String] = []
    /// `--severity RULE=LEVEL`, over the rule files and the config.
    public var severity: [String: Severity] = [:]
    public var maxWarnings: Int?
    /// Whether `--fail-level` was given (otherwise the config's `failLevel` applies).
    public var failLevelGiven = false
    /// `factlint report`: where the HTML goes (`-` for stdout), and whether it states the run's date.
    public var output = "report.html"
    public var timestamp = true
    /// `factlint claims … -o FILE`: write a claim file for `factlint compare` instead of listing claims.
    public var claimFile: String?
    /// Whether `--format` was given (`claims` prints JSON Lines unless asked otherwise).
    public var formatGiven = false

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
        var subcommandAllowed = true // the first word that is not an option may name a subcommand
        while let argument = rest.popFirst() {
            if onlyPaths || !argument.hasPrefix("-") || argument == "-" {
                if subcommandAllowed && !onlyPaths && options.paths.isEmpty && options.command == .check {
                    subcommandAllowed = false
                    switch argument {
                    case "rules": options.command = .listRules; continue
                    case "test-rules": options.command = .testRules; continue
                    case "report": options.command = .report; options.format = HTMLReport.formatName; continue
                    case "claims": options.command = .claims; continue
                    case "compare": options.command = .compare; continue
                    case "lsp": options.command = .lsp; continue
                    case "manpage": options.command = .manpage; continue
                    case "completions":
                        guard let shell = rest.popFirst() else { throw UsageError("completions needs a shell: \(Shells.names.joined(separator: ", "))") }
                        options.command = .completions(try choice("completions", shell, { Shells.names.contains($0) ? $0 : nil }, Shells.names))
                        continue
                    case "help": options.command = .help; continue
                    case "version": options.command = .version; continue
                    case "explain":
                        guard let id = rest.popFirst() else { throw UsageError("explain needs a rule id") }
                        options.command = .explain(id)
                        continue
                    case "config":
                        guard let file = rest.popFirst() else { throw UsageError("config needs a FILE: the article whose settings to print") }
                        options.command = .printConfig(file)
                        continue
                    default: break
                    }
                }
                options.paths.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let flag = parts[0]
            let inline = parts.count > 1 ? parts[1] : nil
            // A switch takes no value: "--fix=false" must not turn fixing on, so it is refused.
            if let inline, Options.switches.contains(flag) {
                throw UsageError("\(flag) takes no value (got '\(inline)'); leave it out to keep the default, or put '--' before a path that starts with '-'")
            }
            switch flag {
            case "--": onlyPaths = true
            case "-h", "--help": options.command = .help
            case "-V", "--version": options.command = .version
            case "-q", "--quiet": options.quiet = true
            case "--rules": options.rulesDirectory = try value(flag, inline)
            case "-f", "--format":
                let raw = try value(flag, inline)
                options.format = try choice(flag, raw, { Options.formats.contains($0) ? $0 : nil }, Options.formats)
                options.formatGiven = true
            case "--fail-level":
                options.failLevel = try choice(flag, try value(flag, inline), Severity.init, ["error", "warning", "note"])
                options.failLevelGiven = true
            case "--stdin-filename": options.stdinFilename = try value(flag, inline)
            case "--no-timestamp": options.timestamp = false
            case "-o", "--output":
                let raw = try value(flag, inline)
                if options.command == .report {
                    // `factlint report … -o FILE` (or html:FILE): the page to write.
                    let prefix = HTMLReport.formatName + ":"
                    options.output = raw.hasPrefix(prefix) ? String(raw.dropFirst(prefix.count)) : raw
                    continue
                }
                if options.command == .claims { options.claimFile = raw; continue }
                guard let colon = raw.firstIndex(of: ":"), OutputFormats.names.contains(String(raw[..<colon])), raw.index(after: colon) < raw.endIndex else {
                    throw UsageError("\(flag): '\(raw)' is not FORMAT:FILE with FORMAT one of: \(OutputFormats.names.joined(separator: ", "))")
                }
                options.outputs.append(Output(format: String(raw[..<colon]), file: String(raw[raw.index(after: colon)...])))
            case "--select": options.select += try value(flag, inline).split(separator: ",").map(String.init)
            case "--ignore": options.ignore += try value(flag, inline).split(separator: ",").map(String.init)
            case "--severity":
                let raw = try value(flag, inline)
                let parts = raw.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let level = Severity(rawValue: parts[1]) else {
                    throw UsageError("\(flag): '\(raw)' is not RULE=LEVEL with LEVEL one of: error, warning, note")
                }
                options.severity[parts[0]] = level
            case "--max-warnings":
                let raw = try value(flag, inline)
                guard let n = Int(raw), n >= 0 else { throw UsageError("\(flag): '\(raw)' is not a count (0 or more)") }
                options.maxWarnings = n
            case "--print-config": options.command = .printConfig(try value(flag, inline))
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
        if options.command == .lsp && !options.paths.isEmpty { throw UsageError("lsp takes no PATH: the client names the documents") }
        if options.fix && options.diff { throw UsageError("--fix and --diff cannot be combined: --diff shows what --fix would write") }
        if options.paths.contains("-") && options.paths.count > 1 { throw UsageError("'-' (stdin) cannot be combined with other paths") }
        if options.command == .report && options.format != HTMLReport.formatName {
            throw UsageError("report writes HTML; --format \(options.format) is for the check command")
        }
        if [.check, .report, .claims].contains(options.command) && options.paths.isEmpty {
            throw UsageError("no PATH given: name the articles or folders to check (see factlint --help)")
        }
        if options.command == .compare {
            if options.paths.isEmpty { throw UsageError("compare needs claim files: make them with 'factlint claims PATH... -o FILE'") }
            if options.paths.contains("-") { throw UsageError("compare reads claim files, not stdin") }
            if options.fix || options.diff { throw UsageError("compare cannot fix: the articles are not read (run --fix on them)") }
            if !options.corpus.isEmpty { throw UsageError("compare takes no --corpus: make the claims with --corpus instead") }
        }
        return options
    }

    /// Flags that take no value.
    static let switches: Set<String> = ["--", "-h", "--help", "-V", "--version", "-q", "--quiet", "--fix", "--diff",
                                        "--no-ignore-file", "--timing", "--no-timestamp"]

    /// The formats `--format` accepts: the line formats and the HTML report.
    static let formats = OutputFormats.names + [HTMLReport.formatName]

    /// `--help`: generated from the option table in CommandLineReference.swift.
    public static var help: String { CommandLineReference.help }
}
