import FactlintCore
import Testing

/// The corpus's own gazetteer: no names are given; the articles' majority spelling decides.
@Suite struct GazetteerRuleTests {
    let rules = try! rule("""
    { kind: "gazetteer", dictionary: "\(shippedRules.path)/words/english.txt" }
    """)

    /// Four articles that write "Kvalheim" and "Nordvik Maritime" the same way, mid-sentence.
    let majority = [
        "The ferry left Kvalheim at dawn. Crews from Nordvik Maritime said the ferry owned by Nordvik Maritime was late.",
        "Officials in Kvalheim confirmed it. A spokesman for Nordvik Maritime declined to comment.",
        "Residents of Kvalheim gathered at the quay, where Nordvik Maritime staff waited.",
        "The mayor of Kvalheim thanked Nordvik Maritime and the coast guard.",
    ]

    @Test func rareNearMissOfACorpusNameIsReported() {
        assertFindings(rules, majority + ["Rescuers reached 1️⃣Kvalhiem by noon."], [
            "1️⃣": "'Kvalhiem' looks like a misspelling of 'Kvalheim', which the articles write 4 times in 4 articles",
        ])
    }

    @Test func dictionaryWordInANameSlotIsReported() {
        assertFindings(rules, majority + ["A tug from 1️⃣Nordic Maritime towed the ferry; Nordic countries sent help."], [
            "1️⃣": "'Nordic' looks like a misspelling of 'Nordvik', which the articles write 5 times in 4 articles",
        ])
    }

    @Test func findingsNameTheMajoritysLocationsAndFixOnlyOutsideQuotes() throws {
        let texts = majority.enumerated().map { (path: "a\($0.offset).txt", text: $0.element) }
            + [(path: "z.txt", text: "Rescuers reached Kvalhiem. “We left Kvalhiem late,” he said.")]
        let found = Engine(ruleSet: rules, workers: 1).check(texts: texts).diagnostics
        try #require(found.count == 2)
        #expect(found.allSatisfy { $0.related.map(\.location.path) == ["a0.txt", "a1.txt", "a2.txt"] })
        #expect(found[0].fix?.text == "Kvalheim")
        #expect(found[1].fix == nil, "a quotation is never rewritten")
    }

    @Test func cleanCorpusPasses() {
        assertFindings(rules, majority + ["Kvalheim and Nordvik Maritime thanked the volunteers."], [:])
    }

    /// Traps: inflections, words capitalized by grammar, dictionary words outside a name slot,
    /// names written in two articles, names too rare to be the corpus's, ties.
    @Test func trapsPass() {
        assertFindings(rules, majority + [
            "Kvalheims are proud. Tramp steamers once called there. Kvalheim-bound buses ran.",
            "Nordvik Maritime owns a yard in Kvalheim; Nordic Airlines flies there.",
        ], [:])
        // A form in two articles is a name of its own, not a slip.
        assertFindings(rules, majority + ["Visitors from Kvalhiem came.", "Kvalhiem is a hamlet."], [:])
        // "Monday" at sentence starts only is not a name: "Mondy" is left to other checks.
        assertFindings(rules, ["Monday came.", "Monday was cold.", "Monday passed.", "Monday ended.", "The Mondy report."], [:])
    }
}
