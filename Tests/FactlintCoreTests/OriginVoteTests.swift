@testable import FactlintCore
import Testing

/// Rule-free founding years: "X, founded in 1897" states X's origin, "X's 130th
/// anniversary" in an article of 2025 implies one; the year most articles give decides.
@Suite struct OriginVoteTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func aStatedYearOthersDoNotGiveIsTheOutlier() {
        assertFindings(dates, [
            "date 2025-06-12\nHalvorsen Brewery, founded in 1897, closed its bottling line.",
            "date 2025-06-13\nThe union said Halvorsen Brewery, founded in 1897, owed back pay.",
            "date 2025-06-14\nHalvorsen Brewery, 1️⃣founded in 1879, will sell the site.",
        ], ["1️⃣": "'founded in 1879' (halvorsen brewery); 2 other articles give 1897 as the year it was founded"])
    }

    @Test func anAnniversaryThatDoesNotAddUpIsTheOutlier() {
        assertFindings(dates, [
            "date 2025-06-12\nThe brewery, founded in 1897, closed its bottling line.",
            "date 2025-06-13\nFounded in 1897 on the harbour front, the brewery employs 300 people.",
            "date 2025-06-14\nThe strike spoiled the brewery's 1️⃣130th anniversary.",
            "date 2025-06-14\nHalvorsen Brewery is marking its 2️⃣120th anniversary this year.",
            "date 2025-06-15\nHalvorsen Brewery, founded in 1897, said talks would resume.",
            "date 2025-06-16\nHalvorsen Brewery, now in its 3️⃣110th year, has never closed a line.",
            "date 2025-06-16\nHalvorsen Brewery was founded in 1897 by two brothers.",
        ], [
            "1️⃣": "'130th anniversary' (brewery) puts its founding in 1894 to 1896; 2 other articles give 1897 as the year it was founded",
            "2️⃣": "'120th anniversary' (halvorsen brewery) puts its founding in 1904 to 1906; 2 other articles give 1897 as the year it was founded",
            "3️⃣": "'110th year' (halvorsen brewery) puts its founding in 1915 to 1917; 2 other articles give 1897 as the year it was founded",
        ])
    }

    /// A retrospective's "had marked its 128th anniversary" was marked in some earlier year,
    /// not the article's: it implies no founding year.
    @Test func anAnniversaryMarkedInThePastImpliesNoYear() {
        assertFindings(dates, [
            "date 2025-06-12\nHalvorsen Brewery, founded in 1897, closed its bottling line.",
            "date 2025-06-13\nHalvorsen Brewery was founded in 1897 by two brothers.",
            "date 2030-06-14\nHalvorsen Brewery had marked its 128th anniversary in the year of the strike.",
        ], [:])
    }

    /// A declared anniversary's finding on the year beside it is the one report of that error.
    @Test func anAnniversaryTheRulesReportIsNotReportedTwice() {
        let rules = try! rule("""
        { kind: 'dates', anniversaries: [{ name: 'the founding of Halvorsen Brewery', anchors: ['anniversary of Halvorsen Brewery'], year: 1897 }] }
        """)
        assertFindings(rules, [
            "date 2025-06-12\nHalvorsen Brewery, founded in 1897, closed its bottling line.",
            "date 2025-06-13\nHalvorsen Brewery was founded in 1897 by two brothers.",
            "date 2025-06-14\nHalvorsen Brewery is marking its 120th anniversary 1️⃣this year.",
        ], ["1️⃣": "the 120th anniversary of the founding of Halvorsen Brewery (1897) falls in 2017; found 'this year' (2025)"])
    }

    /// Clean text: counts that add up, one article against one, and a namesake a century apart.
    @Test func agreeingCountsTiesAndNamesakesPass() {
        assertFindings(dates, [
            "date 2025-06-12\nHalvorsen Brewery, founded in 1897, closed its bottling line.",
            "date 2025-06-13\nHalvorsen Brewery is marking its 128th anniversary this year.",
            "date 2025-06-14\nHalvorsen Brewery, now in its 129th year, will sell the site.",
            "date 2025-06-15\nThe brewery's 128th anniversary party was cancelled.",
        ], [:])
        assertFindings(dates, [
            "date 2025-06-12\nThe ferry line, founded in 1926, cut two routes.",
            "date 2025-06-13\nThe ferry line, founded in 1936, cut two routes.",
        ], [:])
        assertFindings(dates, [
            "date 2025-06-12\nThe museum, founded in 1876, reopened on Monday.",
            "date 2025-06-13\nThe museum, founded in 1876, drew record crowds.",
            "date 2025-06-14\nThe museum, founded in 1976 in a former school, lent the tiara.",
        ], [:])
    }
}
