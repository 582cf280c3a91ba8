import FactlintCore

/// Parsed command line. Parsing is pure: errors are `UsageError`, printed by `CLI`.
public struct Options: Equatable {
    public enum Color: String { case auto, always, never }
    public enum Command: Equatable { case check, listRules, explain(String), help, version, lsp, completions(String), manpage }

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
            case "explain":
                rest.removeFirst()
                guard let id = rest.popFirst() else { throw UsageError("explain needs a rule id") }
                options.command = .explain(id)
            case "lsp": options.command = .lsp; rest.removeFirst()
            case "manpage": options.command = .manpage; rest.removeFirst()
            case "completions":
                rest.removeFirst()
                guard let shell = rest.popFirst() else { throw UsageError("completions needs a shell: \(Shells.names.joined(separator: ", "))") }
                options.command = .completions(try choice("completions", shell, { Shells.names.contains($0) ? $0 : nil }, Shells.names))
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
        if options.command == .lsp && !options.paths.isEmpty { throw UsageError("lsp takes no PATH: the client names the documents") }
        if options.fix && options.diff { throw UsageError("--fix and --diff cannot be combined: --diff shows what --fix would write") }
        if options.command == .check && options.paths.isEmpty {
            throw UsageError("no PATH given: name the articles or folders to check (see factlint --help)")
        }
        return options
    }

    /// `--help`: generated from the option table in CommandLineReference.swift.
    public static var help: String { CommandLineReference.help }
}
