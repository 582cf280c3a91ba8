@testable import FactlintCore
import Testing

/// The report's collapsed rows: facts two or more articles state alike and no finding touches.
@Suite struct AgreeingFactsTests {
    static let builtins: RuleSet = try! RuleLoader.load(folders: [])

    /// Three articles about a ferry launch: they agree on the date, the crew and the
    /// captain's gender; they differ on the ferry's length; one alone gives the cost.
    static let ferry = [
        ("ferry/a.txt", "The ferry Nordlys was launched on March 3, 2024 in Bergen. Ms. Halvorsen, the captain, leads 40 crew members. The hull is 120 meters long."),
        ("ferry/b.txt", "Ms. Halvorsen will command the Nordlys, launched March 3, 2024. She has 40 crew members aboard. The hull is 135 meters long."),
        ("ferry/c.txt", "Launched on March 3, 2024, the Nordlys cost 80 million kroner. The yard said the ferry takes 40 crew members."),
    ]

    static func rows(_ texts: [(String, String)], rules: RuleSet = builtins) -> (rows: [ReportRow], diagnostics: [Diagnostic]) {
        let diagnostics = Engine(ruleSet: rules, workers: 1).check(texts: texts.map { (path: $0.0, text: $0.1) }).diagnostics
        let articles = texts.sorted { $0.0 < $1.0 }.enumerated().map { i, t in
            ReportArticle(path: t.0, anchor: "a\(i + 1)", text: SourceText(t.1))
        }
        return (AgreeingFacts.rows(articles, ruleSet: rules, diagnostics: diagnostics), diagnostics)
    }

    static func summary(_ row: ReportRow) -> String {
        "\(row.topic ?? ""): \(row.subject) = " + row.cells.map { c in
            "\(c.path):\(c.passages.map { "\($0.line) '\($0.text)'" }.joined(separator: ","))"
        }.joined(separator: " ")
    }

    @Test func sharedDateFigureAndGenderAreRowsWithWhatEachArticleWrote() {
        let rows = Self.rows(Self.ferry).rows.map(Self.summary)
        #expect(rows.contains("date: March 3, 2024 = ferry/a.txt:1 'March 3, 2024' ferry/b.txt:1 'March 3, 2024' ferry/c.txt:1 'March 3, 2024'"))
        #expect(rows.contains { $0.hasPrefix("figure: ") && $0.contains("ferry/a.txt:1 '40'") && $0.contains("ferry/b.txt:1 '40'") })
        #expect(rows.contains("gender: Halvorsen: a woman = ferry/a.txt:1 'Ms. Halvorsen' ferry/b.txt:1 'Ms. Halvorsen'"))
    }

    @Test func withNoRulesThePeopleTheArticlesNameAreNameRows() {
        let texts = [("p/a.txt", "Ingrid Vassbotn opened the depot in the spring."),
                     ("p/b.txt", "The depot was opened by Ingrid Vassbotn, its director."),
                     ("p/c.txt", "Workers cheered as the depot opened.")]
        #expect(Self.rows(texts).rows.map(Self.summary)
                == ["name: Ingrid Vassbotn = p/a.txt:1 'Ingrid Vassbotn' p/b.txt:1 'Ingrid Vassbotn'"])
    }

    @Test func anEventTheArticlesDateAlikeIsOneRowNamedForTheEvent() throws {
        let rules = try rule(#"{ kind: "dates", events: [{ name: "the dam's opening", anchors: ["dam opened"] }] }"#)
        let texts = [("d/a.txt", "The dam opened in 1998, and the valley changed."),
                     ("d/b.txt", "Farmers recall that the dam opened in 1998."),
                     ("d/c.txt", "The dam opened in 1998. The town grew by 2004.")]
        let rows = Self.rows(texts, rules: rules).rows
        #expect(rows.map(Self.summary) == ["event date: the dam's opening: 1998 = d/a.txt:1 '1998' d/b.txt:1 '1998' d/c.txt:1 '1998'"])
    }

    @Test func factsInDisputeOrStatedOnceAreNotRows() {
        let rows = Self.rows(Self.ferry).rows
        let said = rows.flatMap { $0.cells.flatMap(\.passages).map(\.text) }
        #expect(!said.contains { $0.contains("120") || $0.contains("135") }, "lengths differ: \(rows.map(Self.summary))")
        #expect(!said.contains { $0.contains("80 million") })
        #expect(rows.allSatisfy { $0.cells.count >= 2 && $0.severity == nil && $0.cells.allSatisfy { $0.role == .agrees } })
    }

    @Test func aStatementAFindingTouchesLeavesItsGroupOut() throws {
        // Three articles call Halvorsen a woman; the fourth's "he" is a finding whose related
        // locations are the titles, so her gender is in dispute and no longer agreed.
        let texts = Self.ferry + [("ferry/d.txt", "Ms. Halvorsen greeted the crew. Captain Halvorsen said he was proud.")]
        let (rows, diagnostics) = Self.rows(texts)
        try #require(diagnostics.contains { $0.message.contains("would refer to Halvorsen") })
        #expect(!rows.contains { $0.topic == "gender" })
        #expect(rows.contains { $0.topic == "date" })
    }

    @Test func articleOrderDoesNotChangeTheRows() {
        let forward = Self.rows(Self.ferry).rows
        #expect(!forward.isEmpty)
        #expect(Self.rows(Self.ferry.reversed()).rows == forward)
    }

    @Test func articlesThatShareNoFactGiveNoRowsAndTheReportNoAgreedSection() {
        let texts = [("x/a.txt", "The museum reopened on June 9, 2023 after repairs."),
                     ("x/b.txt", "Mr. Okafor ran the marathon in 2019 with 300 runners.")]
        let (rows, diagnostics) = Self.rows(texts)
        #expect(rows.isEmpty)
        let articles = texts.enumerated().map { ReportArticle(path: $1.0, anchor: "a\($0 + 1)", text: SourceText($1.1)) }
        let report = Report(diagnostics: diagnostics, rules: [], filesChecked: 2, toolVersion: "0", files: texts.map(\.0))
        #expect(!HTMLReport.render(HTMLReportInput(report: report, articles: articles, agreeingRows: rows)).contains("<details"))
    }

    @Test func thirtyArticlesGiveOneRowWithACellEachLinkedToItsLine() throws {
        let texts = (1...30).map { n in
            ("wide/\(n < 10 ? "0" : "")\(n).txt", String(repeating: "The council met again.\n", count: n % 4)
                + "The bridge reopened on May 5, 2022, article \(n) said.\n")
        }
        let rows = Self.rows(texts).rows
        let row = try #require(rows.first { $0.topic == "date" })
        #expect(row.subject == "May 5, 2022" && row.cells.count == 30)
        #expect(row.cells.map { $0.passages.map(\.line) } == (1...30).map { [$0 % 4 + 1] })
        let articles = texts.enumerated().map { ReportArticle(path: $1.0, anchor: "a\($0 + 1)", text: SourceText($1.1)) }
        let report = Report(diagnostics: [], rules: [], filesChecked: 30, toolVersion: "0", files: texts.map(\.0))
        let html = HTMLReport.render(HTMLReportInput(report: report, articles: articles, agreeingRows: rows))
        #expect(html.contains("<summary>\(rows.count) fact\(rows.count == 1 ? "" : "s") the articles agree on</summary>"))
        #expect(html.contains("<a class=\"val\" href=\"#a30-l3\">May 5, 2022</a>"))
    }

    @Test func unreadableArticlesAreSkipped() {
        let articles = [ReportArticle(path: "gone.txt", anchor: "a1", text: nil),
                        ReportArticle(path: "bin.txt", anchor: "a2", text: SourceText(bytes: [0, 1, 2, 0xFF, 0])),
                        ReportArticle(path: "ok.txt", anchor: "a3", text: SourceText("It opened in 2021."))]
        #expect(AgreeingFacts.rows(articles, ruleSet: Self.builtins, diagnostics: []).isEmpty)
    }
}
