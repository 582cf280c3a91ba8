import FactlintCore
import Testing

/// "about $3.2" in an article whose headline says "$3.2bn", where another article writes
/// "$3.2 billion" too: a dropped magnitude even when the words around it differ.
@Suite struct MagnitudeOwnArticleTests {
    static let builtins: RuleSet = try! RuleLoader.load(folders: [])

    @Test func theArticlesOwnMagnitudeAndAnotherArticlesConfirmIt() {
        assertFindings(Self.builtins, [
            "Harbour group agrees $3.2bn takeover of rival ferry line\n\nIn dollar terms that comes to about 1️⃣$3.2, the company said.",
            "The ferry operator agreed to buy its rival for $3.2 billion in cash.",
        ], [
            "1️⃣": "'$3.2' looks like it is missing its magnitude: this article has '$3.2bn' and another article '$3.2 billion'; expected '$3.2 billion'",
        ], ruleID: "corpus-magnitudes")
    }

    @Test func aBareAmountOtherArticlesGiveTooIsNoSlip() {
        // A share price that happens to match: another article gives it bare as well.
        assertFindings(Self.builtins, [
            "Harbour group agrees $3.2bn takeover of rival ferry line\n\nIts stock ended Friday at $3.2.",
            "The ferry operator agreed to buy its rival for $3.2 billion. A unit last traded at $3.2.",
        ], [:], ruleID: "corpus-magnitudes")
        // Only the article itself writes the magnitude: one article's evidence is not enough.
        assertFindings(Self.builtins, [
            "Harbour group agrees $3.2bn takeover of rival ferry line\n\nIn dollar terms that comes to about $3.2, the company said.",
            "The ferry operator agreed to buy its rival in cash.",
        ], [:], ruleID: "corpus-magnitudes")
    }
}
