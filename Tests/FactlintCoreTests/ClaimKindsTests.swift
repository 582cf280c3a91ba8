import FactlintCore
import Foundation
import Testing

/// `factlint claims` lists every kind of claim the checks read, with no rules at all:
/// quotations with their speakers, pronouns with the person they resolve to, how names are
/// written, and what things are called. Sentences are our own, about a ferry strike.
@Suite struct ClaimKindsTests {
    struct Listed: Equatable, CustomStringConvertible {
        var kind: String, key: String, written: String, normalized: String
        var description: String { "\(kind) [\(key)] \(written) → \(normalized)" }
    }

    func claims(_ text: String, rules: RuleSet? = nil) throws -> [Listed] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-claim-kinds-\(UUID()).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard case .lines(let lines) = ClaimPrinter(ruleSet: try rules ?? RuleLoader.load(folders: [])).lines(path: file.path) else {
            Issue.record("no claims read")
            return []
        }
        return try lines.map { line in
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Listed(kind: o["kind"] as! String, key: o["key"] as! String, written: o["written"] as! String,
                          normalized: o["normalized"] as! String)
        }
    }

    @Test func quotationsNameTheirSpeakerOnEitherSide() throws {
        let listed = try claims("""
        "We will not sail until the pay offer changes," Marit Skogen said.
        Union leader Per Lind said: "The crews have waited two years."
        "Talks resume on Monday," said Dr. Ole Brekke, the mediator.
        The minister said the strike was a "regrettable escalation".
        "Nobody wants this," she added. "But we are ready."

        """).filter { $0.kind == "quotation" }
        #expect(listed.map(\.key) == ["Marit Skogen", "Per Lind", "Ole Brekke", "quotation", "she", "she"])
        #expect(listed[0].normalized == "we will not sail until the pay offer changes")
    }

    @Test func aQuotationWithoutAnAttributionNextToItHasNoSpeaker() throws {
        let listed = try claims("The ferry company called the walkout \"unlawful\" in a statement.\n").filter { $0.kind == "quotation" }
        #expect(listed.map(\.key) == ["quotation"])
    }

    @Test func pronounsResolveToThePersonTheirWindowNames() throws {
        let listed = try claims("""
        Ms. Marit Skogen leads the ferry union. She met the owners on Friday.
        Skogen and Per Lind left together before he spoke to reporters.

        """).filter { $0.kind == "pronoun" }
        #expect(listed.first == Listed(kind: "pronoun", key: "Marit Skogen", written: "She", normalized: "Marit Skogen (female)"))
        #expect(listed.contains { $0.written == "he" && $0.normalized.hasSuffix(" (male)") })
    }

    @Test func everyNameIsListedOnceAsWrittenUnderTheKeyItsVariantsShare() throws {
        let listed = try claims("Crews of Nordfjord left, and crews of Nord-fjord followed them to Bergen Harbour.\n").filter { $0.kind == "nameForm" }
        #expect(listed.map(\.written) == ["Nordfjord", "Nord-fjord", "Bergen Harbour"])
        #expect(listed[0].key == listed[1].key)
    }

    @Test func typeStatementsAreListedWithTheNameTheyDescribe() throws {
        let listed = try claims("The car ferry Stavangerfjord stayed in port.\n").filter { $0.kind == "type" }
        #expect(listed.map(\.key) == ["Stavangerfjord"])
        #expect(listed.map(\.normalized) == ["car ferry"])
    }

    @Test func textWithNoNamesQuotesOrPronounsHasNoSuchClaims() throws {
        let listed = try claims("the crossing takes forty minutes in calm weather.\n")
        #expect(!listed.contains { ["quotation", "pronoun", "nameForm", "type", "mention"].contains($0.kind) })
    }
}
