import FactlintCore
import Testing

@Suite struct FiguresRuleTests {
    let rules = try! rule("""
    {
      kind: "figures",
      facts: [
        { name: "Japan's investment pledge", anchors: ["pledge", "investment package"], value: "$550 billion", tolerance: "1%" },
        { name: "the troop count", anchors: ["troops"], value: "50,000", tolerance: "10%" },
        { name: "company investments", anchors: ["companies", "firms"], unit: "USD", tolerance: "5%" },
      ],
    }
    """)

    @Test func knownValuesAndMissingMagnitudes() {
        assertFindings(rules, """
        Japan pledged 1️⃣$500 billion. Details emerged on a 2️⃣$550 investment pledge.
        The $550bn pledge, the $550-billion investment package and 550 billion dollars pledged.
        Some 3️⃣5,000 troops are stationed there; nearly 50,000 U.S. troops, said one; 52,000 troops, said another.
        """, [
            "1️⃣": "Japan's investment pledge is $550 billion; found '$500 billion'",
            "2️⃣": "'$550' is missing its magnitude: Japan's investment pledge is $550 billion; expected '$550 billion'",
            "3️⃣": "the troop count is 50,000; found '5,000'",
        ])
    }

    @Test func figuresFarFromAnchorsOrOfOtherUnitsAreNotBound() {
        assertFindings(rules, """
        The pledge was the talk of the day, and in a separate, unrelated and much later part of the long speech he said $90 billion.
        At least 10 firms joined. The pledge covers 2% of output.
        """, [:])
    }

    @Test func eachAnchorClaimsOnlyItsNearestFigure() {
        assertFindings(rules, "Japan pledged $550 billion, of which $332 billion goes to energy and $75 billion to AI.", [:])
    }

    @Test func consensusReportsTheOddOneOut() {
        assertFindings(rules, [
            "Companies plan investments of up to $400 billion.",
            "Firms will invest over $400 billion.",
            "Companies eye up to $400bn.",
            "Companies made commitments of up to 1️⃣$490 billion.",
        ], [
            "1️⃣": "company investments: found '$490 billion', but 3 other articles report '$400 billion'",
        ])
    }

    @Test func twoSourceSplitIsATieOnBothSides() {
        assertFindings(rules, ["Companies plan 1️⃣$400 billion.", "Firms plan 2️⃣$490 billion."], [
            "1️⃣": "company investments: articles disagree and none is in the majority: '$400 billion' here, '$490 billion' elsewhere",
            "2️⃣": "company investments: articles disagree and none is in the majority: '$490 billion' here, '$400 billion' elsewhere",
        ])
    }

    @Test func agreementWithinToleranceIsSilent() {
        assertFindings(rules, ["Companies plan $400 billion.", "Firms plan about $410 billion.", "Firms plan over $390bn."], [:])
    }

    @Test func relatedNotesNameTheOtherArticles() throws {
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [
            ("a.txt", "Companies plan $400 billion."), ("b.txt", "Firms plan $400bn."), ("c.txt", "Firms plan $490 billion."),
        ])
        let finding = try #require(result.diagnostics.first)
        #expect(finding.location.path == "c.txt" && finding.severity == .warning)
        #expect(finding.related.map(\.location.path) == ["a.txt", "b.txt"])
        #expect(finding.related.map(\.message) == ["reported as '$400 billion'", "reported as '$400bn'"])
    }

    @Test func magnitudesWithoutFacts() throws {
        let generic = try rule("{ kind: 'figures' }")
        assertFindings(generic, [
            "Tokyo pledged 1️⃣$550 in loans and investments.",
            "Tokyo pledged $550 billion in loans and guarantees.",
            "A $550 lunch bill.",
        ], ["1️⃣": "'$550' looks like it is missing its magnitude: another article has '$550 billion' in the same context; expected '$550 billion'"])
        // 1.4e9 / 1.4 is not exactly 1e9 in binary: the word is still found.
        assertFindings(generic, [
            "The ministry set aside 1️⃣€1.4 for the new locks.",
            "The ministry set aside €1.4 billion for the new locks.",
        ], ["1️⃣": "'€1.4' looks like it is missing its magnitude: another article has '€1.4 billion' in the same context; expected '€1.4 billion'"])
    }

    func loadError(_ fact: String) -> String {
        do {
            _ = try rule("{ kind: 'figures', facts: [\(fact)] }", id: "figs")
            return "loaded"
        } catch { return "\(error)" }
    }

    @Test func badFactsAreRejectedWithTheirKeyPath() {
        #expect(loadError("{ name: 'x', anchors: ['a'], value: '$5bn', tolerance: '-5%' }")
                .hasPrefix("figs.json5: facts[0].tolerance: "))
        #expect(loadError("{ name: 'x', anchors: ['a'], value: '$5bn', tolerance: 'lots' }")
                == "figs.json5: facts[0].tolerance: 'lots' is not a tolerance; write a percentage (\"5%\"), a number, or a figure (\"$1 billion\")")
        #expect(loadError("{ name: 'x', anchors: ['a'], value: 'many' }")
                .hasPrefix("figs.json5: facts[0].value: 'many' is not one figure"))
        #expect(loadError("{ name: 'x', anchors: ['a'], unit: 'furlongs' }")
                .hasPrefix("figs.json5: facts[0].unit: unknown unit 'furlongs'"))
        #expect(loadError("{ name: 'x', anchors: ['a'], value: '$5bn', unit: 'percent' }")
                == "figs.json5: facts[0].unit: 'percent' contradicts the value's unit USD")
        #expect(loadError("{ name: 'x', anchors: ['a'] }").hasPrefix("figs.json5: facts[0].unit: a fact without a value needs a unit"))
        #expect(loadError("{ name: 'x', anchors: [], unit: 'USD' }").hasPrefix("figs.json5: facts[0].anchors: "))
        #expect(loadError("{ name: 'x', anchors: ['a'], unit: 'USD', tolerance: 5 }") == "loaded")
    }
}

@Suite struct WordFormsTests {
    @Test func inflections() {
        #expect(Set(WordForms.inflections(of: "pledge")) == ["pledge", "pledges", "pledged", "pledging"])
        #expect(Set(WordForms.inflections(of: "company")) == ["company", "companies", "companied", "companying"])
        #expect(WordForms.inflections(of: "plan").contains("planned"))
        #expect(WordForms.inflections(of: "invest").contains("investing"))
        #expect(WordForms.phraseForms(of: "investment package").contains("investment packages"))
    }
}
