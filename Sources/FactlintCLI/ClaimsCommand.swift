import FactlintCore

/// `factlint claims PATH…`: every claim of every article as JSON Lines, files in path
/// order, claims in text order.
enum ClaimsCommand {
    static func run(_ options: Options, _ ruleSet: RuleSet, _ console: Console) -> Int32 {
        let walk = FileWalker(includes: options.includes, excludes: options.excludes).walk(options.paths)
        if !walk.errors.isEmpty {
            for error in walk.errors { console.err("factlint: \(error)\n") }
            return ExitCode.failure
        }
        let printer = ClaimPrinter(ruleSet: ruleSet)
        var failed = false
        for path in walk.files.sorted() {
            switch printer.lines(path: path) {
            case .lines(let lines): for line in lines { console.out(line + "\n") }
            case .failure(let message):
                console.err("factlint: \(message)\n")
                failed = true
            }
        }
        return failed ? ExitCode.failure : ExitCode.clean
    }
}
