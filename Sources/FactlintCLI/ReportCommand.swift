import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `factlint report PATH… -o FILE` and `--format html`: the engine keeps no text, so the
/// articles are read back here and handed to the pure formatter with the findings.
enum ReportCommand {
    /// Renders the page and writes it: to `options.output` for `report` (`-` is stdout),
    /// to stdout for `--format html`. False after printing why it could not be written.
    static func write(_ report: Report, _ ruleSet: RuleSet, _ options: Options, _ console: Console) -> Bool {
        let html = render(report, ruleSet, timestamp: options.timestamp ? Date() : nil)
        guard options.command == .report, options.output != "-" else {
            console.out(html)
            return true
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: options.output), options: .atomic)
        } catch {
            console.err("factlint: report: cannot write '\(options.output)': \(errorText(error))\n")
            return false
        }
        if !options.quiet { console.err("report written to \(options.output)\n") }
        return true
    }

    /// The facts the articles agree on are read from the same texts, with the run's rules.
    static func render(_ report: Report, _ ruleSet: RuleSet, timestamp: Date?) -> String {
        let articles = HTMLReportInput.articles(for: report) { path in
            (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) }
        }
        let agreeing = AgreeingFacts.rows(articles, ruleSet: ruleSet, diagnostics: report.diagnostics)
        return HTMLReport.render(HTMLReportInput(report: report, articles: articles, timestamp: timestamp.map(format),
                                                 agreeingRows: agreeing))
    }

    /// ISO 8601 in UTC to the second, e.g. 2026-11-30T17:45:03Z.
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle()) // UTC, to the second
    }
}
