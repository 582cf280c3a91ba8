import FactlintCore
import Testing

/// Figures the articles disagree on, with no rules: the majority value in a matching context.
@Suite struct MeasuresRuleTests {
    let rules = try! rule(#"{ kind: "measures" }"#)

    let majority = [
        "The port authority approved a dredging budget of $84 million for the harbour channel.",
        "A dredging budget of $84 million was approved for the channel by the port authority.",
        "The channel dredging will cost $84 million, the harbour's port authority said.",
    ]

    @Test func outlierValueInTheSameContextIsReported() {
        assertFindings(rules, majority + ["The port authority set a dredging budget of 1️⃣$48 million for the channel."], [
            "1️⃣": "found '$48 million', but 3 other articles report '$84 million' in the same context (authority, budget, channel, dredg)",
        ])
    }

    @Test func findingsNameTheMajoritysLocations() throws {
        let texts = majority.enumerated().map { (path: "a\($0.offset).txt", text: $0.element) }
            + [(path: "z.txt", text: "The port authority set a dredging budget of $48 million for the channel.")]
        let found = Engine(ruleSet: rules, workers: 1).check(texts: texts).diagnostics
        try #require(found.count == 1)
        #expect(found[0].related.map(\.location.path) == ["a0.txt", "a1.txt", "a2.txt"])
    }

    @Test func cleanCorpusPasses() {
        assertFindings(rules, majority + ["The port authority's dredging budget for the channel is $84 million."], [:])
    }

    /// Traps: one value written other ways; a hedge around the majority value; a forecast and
    /// last year's figure in the same words; another figure in another context; a value two
    /// articles give; the article's own majority value; a dropped magnitude (another check's).
    @Test func trapsPass() {
        assertFindings(rules, majority + [
            "The port authority's channel dredging budget: $84.0 million, or about $84m.",
            "The port authority's dredging budget for the channel, more than $80 million, was approved.",
            "Analysts had expected a dredging budget of $60 million for the channel from the port authority.",
            "Last year the port authority's dredging budget for the channel was $51 million.",
            "The ferry terminal will cost $12 million, the city said.",
        ], [:])
        assertFindings(rules, majority + [
            "The port authority set a dredging budget of $48 million for the channel.",
            "The port authority's channel dredging budget is $48 million.",
        ], [:])
        assertFindings(rules, majority + ["The port authority set a dredging budget of $84 for the channel."], [:])
    }
}
