import FactlintCore
import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the command writes, and what it knows of its terminal. Injected so tests run
/// the whole command in-process.
public struct Console {
    public var out: (String) -> Void
    public var err: (String) -> Void
    public var stdoutIsTerminal: Bool
    public var environment: [String: String]

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void,
                stdoutIsTerminal: Bool, environment: [String: String]) {
        self.out = out
        self.err = err
        self.stdoutIsTerminal = stdoutIsTerminal
        self.environment = environment
    }
}

public enum ExitCode {
    public static let clean: Int32 = 0
    public static let findings: Int32 = 1
    public static let failure: Int32 = 2
}

/// The `factlint` command: parse, load rules, walk paths, check, print, decide the exit code.
public enum CLI {
    public static let version = FactlintVersion.current

    public static func run(_ arguments: [String], console: Console) -> Int32 {
        let options: Options
        do {
            options = try Options.parse(arguments)
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        switch options.command {
        case .help:
            console.out(Options.help + "\n")
            return ExitCode.clean
        case .version:
            console.out("factlint \(version)\n")
            return ExitCode.clean
        case .completions(let shell):
            console.out(Shells.script(for: shell))
            return ExitCode.clean
        case .manpage:
            console.out(ManPage.render())
            return ExitCode.clean
        case .lsp:
            return StdioTransport.run(LSPConfiguration(rulesDirectory: options.rulesDirectory), log: console.err)
        case .listRules, .testRules, .explain, .check, .printConfig, .report, .claims, .compare:
            break
        }
        let settings: RunSettings
        do {
            settings = try RunSettings.make(options)
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        let ruleSet = settings.ruleSet
        switch options.command {
        case .listRules: return RuleCommands.list(ruleSet, console)
        case .testRules: return RuleCommands.test(ruleSet, console)
        case .explain(let id): return RuleCommands.explain(id, ruleSet, console)
        case .printConfig(let file):
            do { console.out(try settings.describe(file)) } catch {
                console.err("factlint: \(error)\n")
                return ExitCode.failure
            }
            return ExitCode.clean
        case .claims: return ClaimsCommand.run(options, settings, console)
        default:
            var options = options
            options.failLevel = settings.failLevel
            options.corpus = settings.corpus
            return check(options, settings, console)
        }
    }

    static func check(_ options: Options, _ settings: RunSettings, _ console: Console) -> Int32 {
        let ruleSet = settings.ruleSet
        let inputs: Inputs
        var claims: ClaimFile.Contents? = nil // `factlint compare`: the documents come from claim files
        do {
            if options.command == .compare {
                let read = try ClaimsCommand.read(options.paths, settings.ruleSet)
                inputs = Inputs(walk: FileWalker.Walk(files: read.header.files), sources: [], skipped: read.header.skipped)
                claims = read
            } else {
                inputs = try Inputs.gather(options, settings)
            }
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        let walk = inputs.walk
        let ignore: IgnoreFile?
        let baseline: Baseline?
        do {
            ignore = options.useIgnoreFile ? try IgnoreFile.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) : nil
            try ignore?.validate(ruleIDs: ruleSet.rules.map(\.meta.id) + BuiltinRule.all)
            baseline = try options.baseline.map(Baseline.load)
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        let sources = inputs.sources
        var engine = Engine(ruleSet: ruleSet)
        engine.recordDigests = options.fix || options.diff
        engine.measureTime = options.timing
        var result = claims.map(engine.check(claims:)) ?? engine.check(sources.sorted { $0.path < $1.path })
        var fixFailed = false
        if options.diff || options.fix {
            // Only the findings that are shown: a suppressed finding is not touched.
            var shown = result.diagnostics
            if let ignore { shown.removeAll(where: ignore.ignores) }
            if let baseline { shown = baseline.filter(shown) }
            let files = Fixer.fixes(of: shown, all: result.diagnostics)
            func plural(_ n: Int, _ word: String, _ suffix: String = "s") -> String { "\(n) \(word)\(n == 1 ? "" : suffix)" }
            if options.diff {
                let (diff, outcome) = Fixer.diff(files, digests: result.digests)
                console.out(diff)
                for error in outcome.errors { console.err("factlint: \(error)\n") }
                if !options.quiet { console.err("\(plural(outcome.fixes, "fix", "es")) in \(plural(outcome.files, "file"))\n") }
                return outcome.errors.isEmpty ? (outcome.fixes > 0 ? ExitCode.findings : ExitCode.clean) : ExitCode.failure
            }
            let outcome = Fixer.apply(files, digests: result.digests, with: ArticleRewrite(paths: options.paths))
            for warning in outcome.warnings { console.err("factlint: warning: \(warning)\n") }
            for error in outcome.errors { console.err("factlint: \(error)\n") }
            if !options.quiet && outcome.fixes > 0 {
                console.err("fixed \(plural(outcome.fixes, "finding")) in \(plural(outcome.files, "file"))\n")
            }
            if outcome.fixes > 0 { result = engine.check(sources.sorted { $0.path < $1.path }) }
            fixFailed = !outcome.errors.isEmpty
        }
        // Files the walk could not check are warnings like any finding (--fail-level sees them).
        var diagnostics = (result.diagnostics + inputs.skipped).sorted(by: Diagnostic.ordered)
        do { diagnostics = try settings.judge(diagnostics, flags: options.severity) } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        if let ignore { diagnostics.removeAll(where: ignore.ignores) }
        if let path = options.writeBaseline {
            do { try Baseline.write(diagnostics, to: path) } catch {
                console.err("factlint: --write-baseline: cannot write '\(path)': \(errorText(error))\n")
                return ExitCode.failure
            }
            if !options.quiet { console.err("recorded \(diagnostics.count) finding\(diagnostics.count == 1 ? "" : "s") in \(path)\n") }
            return fixFailed ? ExitCode.failure : ExitCode.clean
        }
        if let baseline { diagnostics = baseline.filter(diagnostics) }
        result.diagnostics = diagnostics
        let useColor = color(options, console)
        let report = Report(diagnostics: diagnostics, rules: ruleSet.rules.map(\.meta),
                            filesChecked: walk.files.count - result.failures.count, toolVersion: version, files: walk.files)
        if options.format == HTMLReport.formatName {
            guard ReportCommand.write(report, ruleSet, options, console) else { return ExitCode.failure }
        } else {
            guard let format = OutputFormats.named(options.format, color: useColor, failLevel: options.failLevel) else { return ExitCode.failure }
            let started = DispatchTime.now().uptimeNanoseconds
            let text = format.render(report)
            result.timings?.output = Timings.Output(nanos: DispatchTime.now().uptimeNanoseconds - started, bytes: text.utf8.count)
            console.out(text)
        }
        for output in options.outputs {
            guard let extra = OutputFormats.named(output.format, color: false, failLevel: options.failLevel) else { return ExitCode.failure }
            do { try Data(extra.render(report).utf8).write(to: URL(fileURLWithPath: output.file), options: .atomic) } catch {
                console.err("factlint: --output: cannot write '\(output.file)': \(errorText(error))\n")
                return ExitCode.failure
            }
        }
        for failure in result.failures { console.err("factlint: \(failure)\n") }
        if let timings = result.timings { console.err(timings.table()) }
        if !options.quiet { console.err(summary(diagnostics, files: report.filesChecked) + skippedNote(diagnostics) + "\n") }
        if !result.failures.isEmpty || fixFailed { return ExitCode.failure }
        let failing = diagnostics.contains { $0.severity >= options.failLevel }
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if let max = settings.maxWarnings, warnings > max {
            console.err("factlint: \(warnings) warnings, more than --max-warnings \(max)\n")
            return ExitCode.findings
        }
        return failing ? ExitCode.findings : ExitCode.clean
    }

    static func color(_ options: Options, _ console: Console) -> Bool {
        switch options.color {
        case .always: return true
        case .never: return false
        case .auto:
            for force in ["FORCE_COLOR", "CLICOLOR_FORCE"] {
                if let value = console.environment[force], !value.isEmpty, value != "0", value != "false" { return true }
            }
            if let noColor = console.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return console.stdoutIsTerminal && console.environment["TERM"] != "dumb"
        }
    }

    /// " (2 skipped)": files found but not checked (the walk's warnings, UTF-16 and binary files).
    static func skippedNote(_ d: [Diagnostic]) -> String {
        let n = d.filter { $0.severity == .warning && ($0.ruleID == BuiltinRule.io || $0.ruleID == BuiltinRule.encoding) }.count
        return n == 0 ? "" : " (\(n) skipped)"
    }

    /// "3 errors, 12 warnings, 4 notes in 5 files"
    static func summary(_ d: [Diagnostic], files: Int) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = d.filter { $0.severity == .error }.count
        let warnings = d.filter { $0.severity == .warning }.count
        let notes = d.filter { $0.severity == .note }.count
        return "\(count(errors, "error")), \(count(warnings, "warning")), \(count(notes, "note")) in \(count(files, "file"))"
    }
}
