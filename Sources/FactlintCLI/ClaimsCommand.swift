import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `factlint claims PATH…`: every claim of every article as JSON Lines, files in path
/// order, claims in text order. With `-o FILE`: the claim file `factlint compare` reads.
enum ClaimsCommand {
    static func run(_ options: Options, _ settings: RunSettings, _ console: Console) -> Int32 {
        if let file = options.claimFile { return write(file, options, settings, console) }
        if options.formatGiven && !["json", "compiler"].contains(options.format) {
            console.err("factlint: claims prints JSON Lines (--format json, the default) or lines for people (--format compiler)\n")
            return ExitCode.failure
        }
        let walk = FileWalker(includes: options.includes, excludes: options.excludes).walk(options.paths)
        if !walk.errors.isEmpty {
            for error in walk.errors { console.err("factlint: \(error)\n") }
            return ExitCode.failure
        }
        let printer = ClaimPrinter(ruleSet: settings.ruleSet)
        var failed = false
        for path in walk.files.sorted() {
            switch printer.lines(path: path, text: options.formatGiven && options.format == "compiler") {
            case .lines(let lines): for line in lines { console.out(line + "\n") }
            case .failure(let message):
                console.err("factlint: \(message)\n")
                failed = true
            }
        }
        return failed ? ExitCode.failure : ExitCode.clean
    }

    /// Analyses the articles as a check would (same walk, configs and corpus) and writes
    /// each one's findings and evidence to `file`; the cross-document pass is left to compare.
    static func write(_ file: String, _ options: Options, _ settings: RunSettings, _ console: Console) -> Int32 {
        var options = options
        options.corpus = settings.corpus
        do {
            let inputs = try Inputs.gather(options, settings)
            let header = ClaimFile.Header(factlint: CLI.version, rules: ClaimFile.fingerprint(settings.ruleSet),
                                          files: inputs.walk.files, skipped: inputs.skipped)
            let made = try Engine(ruleSet: settings.ruleSet).claimFile(inputs.sources.sorted { $0.path < $1.path }, header: header)
            let text = made.lines.joined(separator: "\n") + "\n"
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic) } catch {
                console.err("factlint: -o: cannot write '\(file)': \(errorText(error))\n")
                return ExitCode.failure
            }
            for failure in made.failures { console.err("factlint: \(failure)\n") }
            if !options.quiet {
                let n = made.lines.count - 1
                console.err("wrote the claims of \(n) file\(n == 1 ? "" : "s") to \(file)\n")
            }
            return made.failures.isEmpty ? ExitCode.clean : ExitCode.failure
        } catch {
            console.err("factlint: \(error)\n")
            return ExitCode.failure
        }
    }

    /// `factlint compare FILE…`: the claim files, checked and combined in path order.
    static func read(_ files: [String], _ ruleSet: RuleSet) throws -> ClaimFile.Contents {
        let contents = try files.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(Inputs.isFolder(path) ? "\(path): a folder; compare reads claim files" : "\(path): cannot read the claim file")
            }
            return try ClaimFile.read([UInt8](data), path: path, ruleSet: ruleSet, version: CLI.version)
        }
        return try ClaimFile.combine(contents)
    }
}
