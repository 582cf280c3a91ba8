import FactlintCore
import Testing

@Suite struct QuotesRuleTests {
    let rules = try! rule("{ kind: 'quotes', minWords: 6 }")

    @Test func missingReplacedAndAddedWords() {
        assertFindings(rules, [
            "“Everything I know from Shinzo and others tells me you will be one of the great ones,” Trump said.",
            "\"Everything I know from Shinzo and others, 1️⃣you will be one of the great ones,\" Trump told her.",
        ], ["1️⃣": "quote differs from doc1.txt:1: \"tells me\" is missing"])
        assertFindings(rules, [
            "“Anytime you have any question, any doubt, anything you want, we will be there.”",
            "“I want you to know anytime you have any 1️⃣questions, any doubt, anything you want, we will be there,” he said.",
        ], ["1️⃣": "quote differs from doc1.txt:1: \"questions\" where the other has \"question\""])
    }

    @Test func theMajorityVersionWins() {
        assertFindings(rules, [
            "“We are going to do tremendous trade together, more than ever,” he said.",
            "He said “we are going to do 1️⃣great trade together, more than ever.”",
            "“We're going\nto do tremendous trade together, more than ever,” Trump said.".replacingOccurrences(of: "We're", with: "We are"),
        ], ["1️⃣": "quote differs from doc1.txt:1: \"great\" where the other has \"tremendous\""])
    }

    @Test func punctuationCaseExcerptsAndInterruptionsAreNotDifferences() {
        assertFindings(rules, [
            "“I have always had a great love of Japan, and a great respect for Japan,” Trump said. “It will be stronger than ever before.”",
            "\"I HAVE ALWAYS HAD A GREAT LOVE OF JAPAN -- and a great respect for Japan\" he said.",
            "He said he had “a great love of Japan, and a great respect for Japan.”",
            "“It will be stronger than ever before,” Trump said.",
        ], [:])
    }

    @Test func differentQuotesAreNotCompared() {
        assertFindings(rules, [
            "“The two countries will cooperate on minerals and energy,” the statement said.",
            "“The two leaders discussed defence spending and the alliance,” an aide said.",
        ], [:])
    }

    @Test func crossDocumentFindingsCarryTheirLineText() {
        // Evidence keeps no line text; the engine reads it back for baselines and fingerprints.
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [
            (path: "a.txt", text: "Intro.\n  “Anytime you have any question, any doubt, anything you want, we will be there.”  \n"),
            (path: "b.txt", text: "First line.\n\n“Anytime you have any questions, any doubt, anything you want, we will be there.”\n"),
            (path: "c.txt", text: "“Anytime you have any question, any doubt, anything you want, we will be there.”"),
        ])
        #expect(result.diagnostics.map(\.location.path) == ["b.txt"])
        #expect(result.diagnostics.first?.lineText == "“Anytime you have any questions, any doubt, anything you want, we will be there.”")
    }

    @Test func badSettings() {
        #expect(throws: RuleFileError.self) { try rule("{ kind: 'quotes', threshold: 0.2 }") }
        #expect(throws: RuleFileError.self) { try rule("{ kind: 'quotes', minWords: 1 }") }
    }
}
