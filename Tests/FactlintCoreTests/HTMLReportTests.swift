@testable import FactlintCore
import Foundation
import Testing

/// The fixtures folder checked with the shipped rules, as `factlint report --no-timestamp
/// fixtures` sees it (paths relative to the repository, rule files named as shipped).
let fixturesReportInput: HTMLReportInput = {
    let fixtures = repositoryRoot.appendingPathComponent("fixtures")
    let enumerator = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)!
    let paths = enumerator.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".txt") }
        .map { "fixtures/" + $0.dropFirst(fixtures.path.count + 1) }.sorted()
    func bytes(_ path: String) -> [UInt8]? {
        try? [UInt8](Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
    }
    let result = Engine(ruleSet: shippedRuleSet, workers: 1).check(bytes: paths.map { ($0, bytes($0)!) })
    let rules = shippedRuleSet.rules.map { rule -> RuleMeta in
        var meta = rule.meta
        meta.file = "rules/" + URL(fileURLWithPath: meta.file).lastPathComponent
        return meta
    }
    let report = Report(diagnostics: result.diagnostics, rules: rules, filesChecked: paths.count, toolVersion: "0.0.0-test", files: paths)
    let articles = HTMLReportInput.articles(for: report, bytes: bytes)
    return HTMLReportInput(report: report, articles: articles,
                           agreeingRows: AgreeingFacts.rows(articles, ruleSet: shippedRuleSet, diagnostics: report.diagnostics))
}()

@Suite struct HTMLReportTests {
    @Test func fixturesReportMatchesTheGoldenFile() throws {
        try FormatTests().assertGolden("report.html", HTMLReport.render(fixturesReportInput))
    }

    @Test func sameInputGivesTheSameBytesWhateverTheFindingOrder() {
        var shuffled = fixturesReportInput
        shuffled.report.diagnostics.reverse()
        #expect(HTMLReport.render(fixturesReportInput) == HTMLReport.render(fixturesReportInput))
        #expect(HTMLReport.render(shuffled) == HTMLReport.render(fixturesReportInput))
    }

    @Test func timestampAppearsOnlyWhenGiven() {
        var stamped = fixturesReportInput
        stamped.timestamp = "2026-11-30T17:45:03Z"
        #expect(HTMLReport.render(stamped).contains("run <time>2026-11-30T17:45:03Z</time>"))
        #expect(!HTMLReport.render(fixturesReportInput).contains("<time>"))
    }

    @Test func figureDisagreementIsOneRowWithTheOutlierHighlighted() throws {
        let rows = FactRows.rows(fixturesReportInput.report.diagnostics, articles: fixturesReportInput.articles)
        let row = try #require(rows.first { $0.subject == "$400 billion / $490 billion" })
        #expect(row.ruleID == "investment-figures" && row.severity == .warning)
        #expect(row.topic == "Japanese companies' planned U.S. investments")
        #expect(row.cells.map(\.path) == ["fixtures/figures/figure-consensus.txt", "fixtures/figures/figure-errors.txt", "fixtures/figures/figure-formats.txt"])
        let outlier = row.cells[1]
        guard case .outlier(.warning, let message) = outlier.role else { Issue.record("no outlier: \(outlier.role)"); return }
        #expect(message.hasPrefix("Japanese companies' planned U.S. investments: found '$490 billion'"))
        #expect(outlier.passages.map(\.text) == ["$490 billion"] && !outlier.majority)
        #expect(row.cells[0].role == .agrees && row.cells[0].majority && row.cells[2].majority)
    }

    @Test func rowsSortBySeverityThenArticlesThenKey() {
        func row(_ id: String, _ severity: Severity?, articles: Int) -> ReportRow {
            ReportRow(ruleID: id, subject: "x", severity: severity,
                      cells: (0..<articles).map { ReportCell(path: "p\($0)", role: .agrees, majority: true, passages: []) })
        }
        let rows = [row("b", .note, articles: 5), row("a", .warning, articles: 2), row("c", .error, articles: 2),
                    row("d", .warning, articles: 3), row("e", nil, articles: 9), row("a2", .warning, articles: 2)]
        #expect(rows.sorted(by: ReportRow.ordered).map(\.ruleID) == ["c", "d", "a", "a2", "b", "e"])
    }

    @Test func quotedValuesSkipApostrophes() {
        #expect(FactRows.quotedValues("companies' plans: found '$490 billion', but 'x' and \"tells me\" is missing; Trump's 'y'")
                == ["$490 billion", "x", "tells me", "y"])
        #expect(FactRows.quotedValues("Trump's visit, 'unclosed") == [])
        #expect(FactRows.expected(in: "'$550' is missing its magnitude; expected '$550 billion'") == "$550 billion")
    }

    @Test func agreeingRowsRenderCollapsedAndCounted() {
        var input = fixturesReportInput
        let paths = input.articles.prefix(2).map(\.path)
        input.agreeingRows = [ReportRow(ruleID: "", subject: "October 28, 2025", topic: "date", severity: nil, cells: paths.map {
            ReportCell(path: $0, role: .agrees, majority: false, passages: [ReportPassage(path: $0, line: 1, byteRange: 0..<3, text: "Oct")])
        })]
        let html = HTMLReport.render(input)
        #expect(html.contains("<details class=\"agreeing\">\n<summary>1 fact the articles agree on</summary>"))
        #expect(html.contains("<tr class=\"agreed\"><th scope=\"row\" title=\"October 28, 2025 — date\"><span class=\"subject\">"))
        #expect(html.contains("<td class=\"cell agrees\" title=\"\(input.articles[0].name): &#39;Oct&#39; (line 1)\"><span class=\"tag\"><span aria-hidden=\"true\">✓</span> agrees</span>"))
        input.agreeingRows = []
        #expect(!HTMLReport.render(input).contains("<details"))
    }

    @Test func withoutRulesTheHeaderSaysTheArticlesVoted() {
        var input = fixturesReportInput
        input.report.rules = []
        #expect(HTMLReport.render(input).contains("<p class=\"voted\">no rules: the articles voted</p>"))
        #expect(!HTMLReport.render(fixturesReportInput).contains("the articles voted"))
    }

    @Test func everyInternalLinkHasATargetAndEveryIDIsUnique() throws {
        let html = HTMLReport.render(fixturesReportInput)
        let ids = matches(#" id="([^"]+)""#, in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let targets = Set(matches(##" href="#([^"]+)""##, in: html))
        #expect(!targets.isEmpty)
        #expect(targets.subtracting(ids).isEmpty, "broken links: \(targets.subtracting(ids).sorted())")
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
    }

    private func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }
}

@Suite struct HTMLMarkupTests {
    @Test func escapingCoversMarkupQuotesAndControlCharacters() {
        #expect(HTML.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(HTML.escape("tab\there\u{1}\u{7F}\r\n") == "tab\there\u{FFFD}\u{FFFD}\n")
        #expect(HTML.escape([0x61, 0xFF, 0x62][...]) == "a\u{FFFD}b")
    }

    @Test func xmlEscapingSharesTheEscaperButKeepsItsOwnLineBreaksAndDropsControls() {
        #expect(Escape.xml("<a b='x'>&\"\t\r\n\u{1}\u{FFFE}\u{85}</a>")
                == "&lt;a b=&apos;x&apos;&gt;&amp;&quot;&#9;&#13;&#10;\u{85}&lt;/a&gt;")
    }

    func mark(_ range: Range<Int>, _ classes: String, _ n: Int) -> ArticleMarkup.Mark {
        ArticleMarkup.Mark(range: range, classes: classes, title: "t\(n)", refID: "x-r\(n)", refTarget: "x-f\(n)", refText: "\(n)", refLabel: "l\(n)")
    }

    func line(_ n: Int, _ body: String) -> String {
        "<div class=\"ln\" id=\"x-l\(n)\"><span class=\"no\" aria-hidden=\"true\">\(n)</span><span class=\"tx\">\(body)</span></div>\n"
    }

    func ref(_ classes: String, _ n: Int) -> String {
        "<sup class=\"ref\"><a id=\"x-r\(n)\" href=\"#x-f\(n)\" class=\"\(classes)\" title=\"t\(n)\" aria-label=\"l\(n)\">\(n)</a></sup>"
    }

    @Test func overlappingSpansAreCutIntoNestedPieces() {
        let html = ArticleMarkup(text: SourceText("abcdefghij"), anchor: "x").render([mark(3..<8, "note", 2), mark(0..<5, "error", 1)])
        #expect(html == line(1, "<mark class=\"error\" title=\"t1\">abc</mark>"
            + "<mark class=\"error\" title=\"t1\"><mark class=\"note\" title=\"t2\">de</mark></mark>" + ref("error", 1)
            + "<mark class=\"note\" title=\"t2\">fgh</mark>" + ref("note", 2) + "ij"))
    }

    @Test func nestedSpansOpenOutermostFirstAndSameSpansKeepInputOrder() {
        let html = ArticleMarkup(text: SourceText("abcd"), anchor: "x").render([mark(1..<2, "a", 1), mark(0..<4, "b", 2), mark(1..<2, "c", 3)])
        #expect(html == line(1, "<mark class=\"b\" title=\"t2\">a</mark>"
            + "<mark class=\"b\" title=\"t2\"><mark class=\"a\" title=\"t1\"><mark class=\"c\" title=\"t3\">b</mark></mark></mark>"
            + ref("a", 1) + ref("c", 3) + "<mark class=\"b\" title=\"t2\">cd</mark>" + ref("b", 2)))
    }

    @Test func spansAcrossLinesReopenOnEachLineAndTheReferenceEndsTheLastOne() {
        let html = ArticleMarkup(text: SourceText("ab\r\ncd\n"), anchor: "x").render([mark(1..<6, "warning", 1)])
        #expect(html == line(1, "a<mark class=\"warning\" title=\"t1\">b</mark>")
            + line(2, "<mark class=\"warning\" title=\"t1\">cd</mark>" + ref("warning", 1)) + line(3, ""))
    }

    @Test func spansNeverSplitACharacterAndTextIsEscaped() {
        // 'é' is two bytes; a span starting in its middle takes the whole character.
        let html = ArticleMarkup(text: SourceText("<é>"), anchor: "x").render([mark(2..<3, "note", 1), mark(0..<0, "error", 2)])
        #expect(html == line(1, ref("error", 2) + "&lt;<mark class=\"note\" title=\"t1\">é</mark>" + ref("note", 1) + "&gt;"))
    }
}

@Suite struct HTMLReportScaleTests {
    /// 30 articles and 40 disputed figures, each article giving its own reading.
    static let wide: HTMLReportInput = {
        let articles = (1...30).map { n -> ReportArticle in
            let lines = (1...40).map { k in "Fact \(k): the council reported \(k * 10 + (n % 3 == 0 ? 5 : 0)) million units at the depot." }
            return ReportArticle(path: "wide/article-\(n < 10 ? "0" : "")\(n).txt", anchor: "a\(n)", text: SourceText(lines.joined(separator: "\n") + "\n"))
        }
        /// Where article `a` gives fact `k`'s figure ("NN million").
        func location(_ a: ReportArticle, _ k: Int) -> FactlintCore.SourceLocation {
            let text = a.text!
            let start = text.lineRange(k).lowerBound + "Fact \(k): the council reported ".utf8.count
            let length = "\(k * 10 + 5) million".utf8.count
            let (l, c) = text.lineColumn(of: start)
            return FactlintCore.SourceLocation(path: a.path, line: l, column: c, endLine: l, endColumn: c + length, byteRange: start..<start + length)
        }
        var diagnostics: [Diagnostic] = []
        for k in 1...40 {
            for a in articles.enumerated() where (a.offset + 1) % 3 == 0 {
                let others = articles.enumerated().filter { ($0.offset + 1) % 3 != 0 }.map { RelatedLocation(location($0.element, k), "reported as '\(k * 10) million'") }
                diagnostics.append(Diagnostic(ruleID: "unit-figures", severity: k % 4 == 0 ? .error : .warning,
                                              message: "units at the depot, fact \(k): found '\(k * 10 + 5) million', but 20 other articles report '\(k * 10) million'",
                                              location: location(a.element, k), related: others))
            }
        }
        let report = Report(diagnostics: diagnostics, rules: [RuleMeta(id: "unit-figures", kind: "figures", severity: .warning)],
                            filesChecked: 30, toolVersion: "0.0.0-test", files: articles.map(\.path))
        return HTMLReportInput(report: report, articles: articles)
    }()

    @Test func thirtyArticlesByFortyRowsKeepOneCellPerArticleEachWithItsFullTextInATooltip() {
        let rows = FactRows.rows(HTMLReportScaleTests.wide.report.diagnostics, articles: HTMLReportScaleTests.wide.articles)
        #expect(rows.count == 40)
        #expect(rows.allSatisfy { $0.cells.count == 30 && $0.cells.filter { !$0.majority }.count == 10 })
        #expect(rows.prefix(10).allSatisfy { $0.severity == .error })
        let html = HTMLReport.render(HTMLReportScaleTests.wide)
        let table = html.components(separatedBy: "<table class=\"facts\">")[1].components(separatedBy: "</table>")[0]
        #expect(table.components(separatedBy: "<th scope=\"col\"").count - 1 == 31)
        #expect(table.components(separatedBy: "<td class=\"cell ").count - 1 == 40 * 30)
        #expect(table.components(separatedBy: "<td class=\"cell ").dropFirst().allSatisfy { $0.contains(" title=\"") })
    }
}
