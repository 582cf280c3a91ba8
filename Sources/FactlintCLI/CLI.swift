import FactlintCore
import Foundation

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
    public static let version = "0.1.0"

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
        case .listRules, .explain, .claims, .check:
            break
        }
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleLoader.load(directory: URL(fileURLWithPath: options.rulesDirectory))
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        switch options.command {
        case .listRules: return RuleCommands.list(ruleSet, console)
        case .explain(let id): return RuleCommands.explain(id, ruleSet, console)
        case .claims: return ClaimsCommand.run(options, ruleSet, console)
        default: return check(options, ruleSet, console)
        }
    }

    static func check(_ options: Options, _ ruleSet: RuleSet, _ console: Console) -> Int32 {
        let walker = FileWalker(includes: options.includes, excludes: options.excludes)
        let walk = walker.walk(options.paths)
        let corpus = walker.walk(options.corpus)
        if !walk.errors.isEmpty || !corpus.errors.isEmpty {
            for error in walk.errors + corpus.errors { console.err("factlint: \(error)\n") }
            return ExitCode.failure
        }
        let ignore: IgnoreFile?
        let baseline: Baseline?
        do {
            ignore = options.useIgnoreFile ? try IgnoreFile.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) : nil
            baseline = try options.baseline.map(Baseline.load)
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
        let named = Set(walk.files)
        let sources = walk.files.map { Source(path: $0) } + corpus.files.filter { !named.contains($0) }.map { Source(path: $0, reportable: false) }
        var engine = Engine(ruleSet: ruleSet)
        engine.recordDigests = options.fix || options.diff
        engine.measureTime = options.timing
        var result = engine.check(sources.sorted { $0.path < $1.path })
        if options.diff || options.fix {
            let outcome = Fixer.plan(result)
            for error in outcome.errors { console.err("factlint: \(error)\n") }
            if options.diff {
                for (path, plan) in outcome.plans { console.out(plan.unifiedDiff(path: path)) }
                if !options.quiet { console.err("\(outcome.fixCount) fix\(outcome.fixCount == 1 ? "" : "es") in \(outcome.plans.count) file\(outcome.plans.count == 1 ? "" : "s")\n") }
                return outcome.errors.isEmpty ? (outcome.fixCount > 0 ? ExitCode.findings : ExitCode.clean) : ExitCode.failure
            }
            for (path, plan) in outcome.plans {
                do { try Fixer.write(plan.result, to: path) } catch {
                    console.err("factlint: \(path): cannot write: \(error.localizedDescription)\n")
                    return ExitCode.failure
                }
            }
            if !options.quiet && outcome.fixCount > 0 {
                console.err("fixed \(outcome.fixCount) finding\(outcome.fixCount == 1 ? "" : "s") in \(outcome.plans.count) file\(outcome.plans.count == 1 ? "" : "s")\n")
            }
            if outcome.fixCount > 0 { result = engine.check(sources.sorted { $0.path < $1.path }) }
            if !outcome.errors.isEmpty { return ExitCode.failure }
        }
        var diagnostics = result.diagnostics
        if let ignore { diagnostics.removeAll(where: ignore.ignores) }
        if let path = options.writeBaseline {
            do { try Baseline.write(diagnostics, to: path) } catch {
                console.err("factlint: --write-baseline: cannot write '\(path)': \(error.localizedDescription)\n")
                return ExitCode.failure
            }
            if !options.quiet { console.err("recorded \(diagnostics.count) finding\(diagnostics.count == 1 ? "" : "s") in \(path)\n") }
            return ExitCode.clean
        }
        if let baseline { diagnostics = baseline.filter(diagnostics) }
        result.diagnostics = diagnostics
        let useColor = color(options, console)
        guard let format = OutputFormats.named(options.format, color: useColor, failLevel: options.failLevel) else { return ExitCode.failure }
        let report = Report(diagnostics: diagnostics, rules: ruleSet.rules.map(\.meta),
                            filesChecked: walk.files.count - result.failures.count, toolVersion: version, files: walk.files)
        console.out(format.render(report))
        for failure in result.failures { console.err("factlint: \(failure)\n") }
        if let timings = result.timings { console.err(timings.table()) }
        if !options.quiet { console.err(summary(diagnostics, files: report.filesChecked) + "\n") }
        if !result.failures.isEmpty { return ExitCode.failure }
        let failing = diagnostics.contains { $0.severity >= options.failLevel }
        return failing ? ExitCode.findings : ExitCode.clean
    }

    static func color(_ options: Options, _ console: Console) -> Bool {
        switch options.color {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = console.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return console.stdoutIsTerminal && console.environment["TERM"] != "dumb"
        }
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
