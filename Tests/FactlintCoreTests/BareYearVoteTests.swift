@testable import FactlintCore
import Testing

/// Bare years voted on with no rules: a year typed wrong ("1967" for "1976") against two
/// articles that date the same event, in the same words, to the right one.
@Suite struct BareYearVoteTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func aMistypedYearIsTheOutlier() {
        assertFindings(dates, [
            "date 2025-06-12\nA boiler explosion at the mill in 1976 killed two workers.",
            "date 2025-06-13\nTwo workers died in a boiler explosion at the mill in 1976.",
            "date 2025-06-14\nA boiler explosion at the mill in 1️⃣1967 killed two workers.",
        ], ["1️⃣": "'1967' (boiler) is 1967; 2 other articles date it to 1976"])
    }

    /// Clean text: one witness, an article giving both years, years no slip apart, and a
    /// year another article gives too.
    @Test func weakOrMixedEvidencePasses() {
        assertFindings(dates, [
            "date 2025-06-12\nA boiler explosion at the mill in 1976 killed two workers.",
            "date 2025-06-14\nA boiler explosion at the mill in 1967 killed two workers.",
        ], [:])
        assertFindings(dates, [
            "date 2025-06-12\nA boiler explosion at the mill in 1976 killed two workers.",
            "date 2025-06-13\nTwo workers died in a boiler explosion at the mill in 1976.",
            "date 2025-06-14\nA boiler explosion at the mill in 1967 killed two workers, and another in 1976 killed one.",
        ], [:])
        assertFindings(dates, [
            "date 2025-06-12\nA boiler explosion at the mill in 1976 killed two workers.",
            "date 2025-06-13\nTwo workers died in a boiler explosion at the mill in 1976.",
            "date 2025-06-14\nA boiler explosion at the mill in 1959 killed two workers.",
        ], [:])
        assertFindings(dates, [
            "date 2025-06-12\nA boiler explosion at the mill in 1976 killed two workers.",
            "date 2025-06-13\nTwo workers died in a boiler explosion at the mill in 1976.",
            "date 2025-06-14\nA boiler explosion at the mill in 1967 killed two workers.",
            "date 2025-06-15\nThe mill lost two workers to a boiler explosion in 1967.",
        ], [:])
    }
}
