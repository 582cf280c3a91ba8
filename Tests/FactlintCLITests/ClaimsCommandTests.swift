import FactlintCLI
import FactlintCore
import Foundation
import Testing

@Suite struct ClaimsCommandTests {
    func withArticle(_ text: String, _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-claims-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try Data(text.utf8).write(to: file)
        try body(file.path)
    }

    @Test func printsOneJSONLineperClaimInTextOrder() throws {
        try withArticle("The ferry line said sales rose 9% to NOK 1.2bn, while some 640 of the crew left.\n") { path in
            let run = Run(["claims", "--rules", rulesPath, path])
            #expect(run.status == ExitCode.clean)
            let lines = run.out.split(separator: "\n").map(String.init)
            #expect(lines == [
                "{\"document\":\"\(path)\",\"span\":{\"line\":1,\"column\":32,\"endLine\":1,\"endColumn\":34,\"startByte\":31,\"endByte\":33},"
                    + "\"kind\":\"quantity\",\"key\":\"sales\",\"written\":\"9%\",\"normalized\":\"9 percent\"}",
                "{\"document\":\"\(path)\",\"span\":{\"line\":1,\"column\":38,\"endLine\":1,\"endColumn\":47,\"startByte\":37,\"endByte\":46},"
                    + "\"kind\":\"quantity\",\"key\":\"sales\",\"written\":\"NOK 1.2bn\",\"normalized\":\"1200000000 NOK\"}",
                "{\"document\":\"\(path)\",\"span\":{\"line\":1,\"column\":60,\"endLine\":1,\"endColumn\":63,\"startByte\":59,\"endByte\":62},"
                    + "\"kind\":\"quantity\",\"key\":\"crew\",\"written\":\"640\",\"normalized\":\"≈640 count (part)\"}",
            ])
            for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
            #expect(Run(["claims", "--rules", rulesPath, path]).out == run.out)
        }
    }

    @Test func compilerFormatPrintsOneReadableLinePerClaim() throws {
        try withArticle("The ferry line said sales rose 9% to NOK 1.2bn.\n\"We are proud,\" Marit Skogen said.\n") { path in
            let run = Run(["claims", "--rules", rulesPath, "--format", "compiler", path])
            #expect(run.status == ExitCode.clean)
            let lines = run.out.split(separator: "\n").map(String.init)
            #expect(lines.contains("\(path):1:32: quantity [sales] 9% → 9 percent"))
            #expect(lines.contains("\(path):2:2: quotation [Marit Skogen] We are proud, → we are proud"))
            #expect(Run(["claims", "--rules", rulesPath, "--format", "sarif", path]).status == ExitCode.failure)
        }
    }

    /// The worked example in docs/rules.md ("Every kind in one article") is what factlint prints.
    @Test func theDocumentedExampleIsTheOutput() throws {
        let article = """
        Monday, March 3, 2025

        Ferry crews in Brennvik walked out on Friday, and the car ferry Stavangerfjord stayed in port.
        The union said 212 of its 340 crew members had joined. Its leader, Marit Skogen, was angry. She called the offer "an insult".
        "We will not sail until the pay offer changes," Skogen said.

        """
        let docs = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(docs.contains(article.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
            .dropLast().joined(separator: "\n")))
        try withArticle(article) { path in
            let run = Run(["claims", "--format", "compiler", path])
            #expect(run.status == ExitCode.clean)
            let printed = run.out.replacingOccurrences(of: path, with: "strike.txt")
            #expect(docs.contains("```\n" + printed + "```\n"))
        }
    }

    @Test func claimsNeedAPathAndReportUnreadableOnes() {
        let none = Run(["claims", "--rules", rulesPath])
        #expect(none.status == ExitCode.failure)
        let missing = Run(["claims", "--rules", rulesPath, "/nonexistent/article.txt"])
        #expect(missing.status == ExitCode.failure)
        #expect(missing.out.isEmpty)
    }
}
