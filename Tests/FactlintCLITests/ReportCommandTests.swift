import FactlintCLI
import FactlintCore
import Foundation
import Testing

@Suite struct ReportCommandTests {
    let fixtures = root.appendingPathComponent("fixtures").path

    func scratchFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("factlint-report-\(UUID().uuidString).html").path
    }

    @Test func reportWritesTheFileAndExitsAsTheCheckWould() throws {
        let output = scratchFile()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = Run(["report", "--rules", rulesPath, "--no-timestamp", "-o", output, fixtures])
        #expect(run.status == ExitCode.findings)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("report written to \(output)\n"))
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<span class=\"subject\">$400 billion / $490 billion</span>"))
        #expect(!html.contains("<time>"))
    }

    @Test func formatHTMLPrintsTheSamePageOnStdout() throws {
        let output = scratchFile()
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = Run(["report", "--rules", rulesPath, "--no-timestamp", "-o", output, fixtures])
        let printed = Run(["--rules", rulesPath, "--format", "html", "--no-timestamp", fixtures])
        let written = try String(contentsOfFile: output, encoding: .utf8).replacingOccurrences(of: root.path + "/", with: "")
        #expect(printed.out == written)
        #expect(printed.status == ExitCode.findings)
    }

    @Test func theRunsDateIsInTheHeaderUnlessTurnedOff() {
        let stamped = Run(["report", "--rules", rulesPath, "-o", "-", fixtures])
        #expect(stamped.out.contains(" · run <time>20"))
        let a = Run(["report", "--rules", rulesPath, "--no-timestamp", "-o", "-", fixtures])
        let b = Run(["report", "--rules", rulesPath, "--no-timestamp", "-o", "-", fixtures])
        #expect(a.out == b.out && !a.out.isEmpty)
    }

    @Test func anUnwritableOutputIsAFailureWithAReason() {
        let run = Run(["report", "--rules", rulesPath, "-o", "/nonexistent-dir/report.html", fixtures])
        #expect(run.status == ExitCode.failure)
        #expect(run.err.contains("factlint: report: cannot write '/nonexistent-dir/report.html'"))
    }

    @Test func reportOptionsParse() throws {
        let options = try Options.parse(["report", "a.txt"])
        #expect(options.command == .report && options.format == "html" && options.output == "report.html" && options.timestamp)
        #expect(try Options.parse(["report", "--output=x.html", "--no-timestamp", "a"]).output == "x.html")
        #expect(throws: UsageError.self) { try Options.parse(["report"]) }
        #expect(throws: UsageError.self) { try Options.parse(["report", "--format", "json", "a"]) }
        #expect(try Options.parse(["--format", "html", "a"]).command == .check)
        #expect(throws: UsageError.self) { try Options.parse(["-o", "x.html", "a"]) }
    }
}
