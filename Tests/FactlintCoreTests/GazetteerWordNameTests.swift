import FactlintCore
import Testing

/// A name that is also a dictionary word ("Frost") is caught in its slot when another
/// article writes a non-word there ("Olle Forst"); a British or American spelling of a
/// name word ("Centre", "Center") is house style, not a misspelling.
@Suite struct GazetteerWordNameTests {
    let rules = try! rule("""
    { kind: "gazetteer", dictionary: "\(shippedRules.path)/words/english.txt" }
    """)
    let majority = [
        "Crane driver Ingrid Frost said the ferry listed at dawn. The Harbour Center staff waited.",
        "By noon Ingrid Frost had moved the last container. Staff at the Harbour Center counted cars.",
        "The harbour master thanked Ingrid Frost and the Harbour Center volunteers.",
    ]

    @Test func aNonWordInTheSlotOfAWordNameIsReported() {
        assertFindings(rules, majority + ["The crane was worked by Ingrid 1️⃣Forst through the night."], [
            "1️⃣": "'Forst' looks like a misspelling of 'Frost', which the articles write 3 times in 3 articles",
        ])
    }

    /// A real word for a real-word name is reported only where its own article writes the
    /// name too: otherwise "Ingrid Front" may be another person.
    @Test func aRealWordInTheSlotIsReportedWhenItsArticleWritesTheName() {
        assertFindings(rules, majority + ["The crane was worked by Ingrid 1️⃣Front through the night; Frost, 41, had trained for it."], [
            "1️⃣": "'Front' looks like a misspelling of 'Frost', which the articles write 4 times in 4 articles",
        ])
        assertFindings(rules, majority + ["The crane was worked by Ingrid Front through the night."], [:])
    }

    @Test func anotherRealWordThereAndAnotherSpellingPass() {
        assertFindings(rules, majority + ["The crane was worked by Ingrid Frost through the night."], [:])
        assertFindings(rules, majority + ["Volunteers at the Harbour Centre served soup."], [:])
    }
}
