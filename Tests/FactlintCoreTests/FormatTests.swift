import FactlintCore
import Foundation
import Testing

/// A fixed report exercising what formatters must get right: Unicode columns, related
/// locations, a fix, and characters each format has to escape.
let sampleReport: Report = {
    func at(_ path: String, _ line: Int, _ column: Int, _ end: Int) -> FactlintCore.SourceLocation {
        SourceLocation(path: path, line: line, column: column, endLine: line, endColumn: end, byteRange: 10..<17)
    }
    let diagnostics = [
        Diagnostic(ruleID: "name-spelling", severity: .error, message: "'Yokosuk' looks like a misspelling of 'Yokosuka'",
                   location: at("news/004 güide.txt", 57, 188, 195), fix: Fix(byteRange: 10..<17, text: "Yokosuka"), lineText: "at Yokosuk"),
        Diagnostic(ruleID: "investment-figures", severity: .warning,
                   message: "figures: found '$490 billion', but 2 other articles report '$400 billion' <&\"%,:>",
                   location: at("news/003.txt", 22, 107, 119),
                   related: [RelatedLocation(at("news/001.txt", 6, 199, 211), "reported as '$400 billion'"),
                             RelatedLocation(at("news/002.txt", 10, 80, 92), "reported as '$400 billion'")],
                   lineText: "commitments of up to $490 billion"),
        Diagnostic(ruleID: "name-variants", severity: .note, message: "'protege' is a variant of 'protégé'\nsecond line",
                   location: at("news/004 güide.txt", 25, 70, 77), lineText: "a protege"),
    ]
    let rules = [
        RuleMeta(id: "investment-figures", kind: "figures", severity: .error, description: "Figures agree.", file: "rules/investment-figures.json5"),
        RuleMeta(id: "name-spelling", kind: "names", severity: .error, description: "Names are spelt right.",
                 examples: RuleExamples(triggers: [["At Yokosuk."]], passes: [["At Yokosuka."]]), file: "rules/name-spelling.json5"),
        RuleMeta(id: "name-variants", kind: "variants", severity: .note, description: "One spelling.", file: "rules/name-variants.json5"),
    ]
    return Report(diagnostics: diagnostics, rules: rules, filesChecked: 3, toolVersion: "0.0.0-test",
                  files: ["news/003.txt", "news/004 güide.txt", "news/005.txt"])
}()

@Suite struct FormatTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares with Golden/NAME; set FACTLINT_UPDATE_GOLDEN=1 to rewrite the files after an intended change.
    func assertGolden(_ name: String, _ actual: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FACTLINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }

    @Test(arguments: OutputFormats.names)
    func goldenOutput(format: String) throws {
        let formatter = try #require(OutputFormats.named(format, color: false))
        try assertGolden("\(format).out", formatter.render(sampleReport))
    }

    @Test func colorGolden() throws {
        try assertGolden("compiler-color.out", CompilerFormat(color: true).render(sampleReport))
    }

    struct Decoded: Decodable {
        struct Place: Decodable { var path: String; var line, column, endLine, endColumn: Int; var message: String? }
        struct Replacement: Decodable { var text: String; var startByte, endByte: Int }
        struct Item: Decodable {
            var rule, severity, message, path: String
            var line, column, endLine, endColumn: Int
            var related: [Place]
            var replacement: Replacement?
        }
        var version: Int
        var diagnostics: [Item]
    }

    @Test func jsonRoundTrips() throws {
        let data = Data(JSONFormat().render(sampleReport).utf8)
        let decoded = try JSONDecoder().decode(Decoded.self, from: data)
        #expect(decoded.version == JSONFormat.version)
        #expect(decoded.diagnostics.count == sampleReport.diagnostics.count)
        for (item, d) in zip(decoded.diagnostics, sampleReport.diagnostics) {
            #expect(item.rule == d.ruleID && item.severity == d.severity.rawValue && item.message == d.message)
            #expect(item.path == d.location.path && item.line == d.location.line && item.column == d.location.column)
            #expect(item.endColumn == d.location.endColumn && item.endLine == d.location.endLine)
            #expect(item.related.map(\.path) == d.related.map(\.location.path))
            #expect(item.related.map(\.message) == d.related.map(\.message))
            #expect(item.replacement?.text == d.fix?.text && item.replacement?.startByte == d.fix?.byteRange.lowerBound)
        }
    }

    @Test func githubEscaping() {
        let out = GitHubFormat().render(sampleReport)
        #expect(out.contains("::warning file=news/003.txt,line=22,col=107,endLine=22,endColumn=119,title=factlint investment-figures::"))
        #expect(out.contains("<&\"%25,:>%0Anews/001.txt:6:199: reported as '$400 billion'"))
        #expect(out.contains("::notice file=news/004 güide.txt,"))
        #expect(out.contains("'protégé'%0Asecond line\n"))
        #expect(out.split(separator: "\n").count == sampleReport.diagnostics.count)
    }
}
