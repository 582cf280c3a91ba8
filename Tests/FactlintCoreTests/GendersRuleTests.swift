import FactlintCore
import Testing

/// A person's gender from the articles' vote, with no rules.
@Suite struct GendersRuleTests {
    let rules = try! rule("""
    { kind: "genders", dictionary: "\(shippedRules.path)/words/english.txt" }
    """)

    /// Three articles that settle Ingrid Vassbotn as a woman and Tormod Lien as a man.
    let majority = [
        "Ingrid Vassbotn opened the plant. She thanked the workers.",
        "Ms. Vassbotn spoke first. Tormod Lien followed, and he praised the crews.",
        "Ingrid Vassbotn toured the site. She met Mr. Lien later.",
    ]

    @Test func pronounAgainstTheCorpusGenderIsReported() {
        assertFindings(rules, majority + ["Ingrid Vassbotn arrived late. 1️⃣He apologised to 2️⃣his staff."], [
            "1️⃣": "'He' would refer to Ingrid Vassbotn, whom 3 other articles call a woman; expected 'She'",
            "2️⃣": "'his' would refer to Ingrid Vassbotn, whom 3 other articles call a woman; expected 'her'",
        ])
    }

    @Test func findingsNameTheMajoritysLocations() throws {
        let texts = majority.enumerated().map { (path: "a\($0.offset).txt", text: $0.element) }
            + [(path: "z.txt", text: "Ingrid Vassbotn arrived. He left.")]
        let found = Engine(ruleSet: rules, workers: 1).check(texts: texts).diagnostics
        try #require(found.count == 1)
        #expect(found[0].related.map(\.location.path) == ["a0.txt", "a1.txt", "a2.txt"])
    }

    @Test func cleanCorpusPasses() {
        assertFindings(rules, majority + ["Ingrid Vassbotn arrived late. She apologised to her staff."], [:])
    }

    /// Traps: a man correctly called "he" right after a woman is named; "she" two sentences
    /// after the woman, past a sentence about a man; an object pronoun for the woman while a man
    /// is the subject; a possessive inside an apposition; a man named by surname only.
    @Test func trapsPass() {
        assertFindings(rules, majority + [
            "Ingrid Vassbotn met Tormod Lien, and he signed the deal.",
            "Tormod Lien described her as a close friend after Ingrid Vassbotn spoke.",
            "Ingrid Vassbotn spoke. Tormod Lien listened. She praised Lien's crews.",
            "Kari Lien, his wife, listened as Tormod Lien spoke.",
            "Ingrid Vassbotn visited. Lien said he was pleased.",
        ], [:])
    }

    @Test func aGenderNeedsTwoArticlesAndAClearMajority() {
        // One article's title is not enough: nothing is known of Vassbotn, nothing is reported.
        assertFindings(rules, ["Ms. Vassbotn spoke.", "Ingrid Vassbotn arrived. He left."], [:])
        // Two against two: no gender.
        assertFindings(rules, ["Ingrid Vassbotn spoke. She left.", "Ms. Vassbotn spoke.",
                               "Ingrid Vassbotn spoke. He left.", "Ingrid Vassbotn came. He sat."], [:])
    }
}
