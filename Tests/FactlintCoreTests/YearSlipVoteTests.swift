@testable import FactlintCore
import Testing

/// With no rules, the event's day and month in an earlier year is a year typed wrong, even
/// when the article shares only one word of its clause with the others.
@Suite struct YearSlipVoteTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func sameDayInAnEarlierYearIsTheOutlier() {
        assertFindings(dates, [
            "date 2025-09-04\nThe Harbour Authority fined the ferry line on Wednesday.",
            "date 2025-09-05\nOn Wednesday, 3 September 2025, the Harbour Authority fined the operator.",
            "date 2025-09-06\nInspectors of the Harbour Authority reported the breach on Monday.",
            "date 2026-02-01\nThe ferry line paid the penalty set by the Harbour Authority on 1️⃣3 September 2024 without appeal.",
        ], ["1️⃣": "'3 September 2024' (Harbour Authority) is September 3, 2024; 2 other articles date it to September 3, 2025"])
    }

    /// Trap: the same day a year later is an anniversary, not a slip.
    @Test func sameDayInALaterYearIsNoSlip() {
        assertFindings(dates, [
            "date 2025-09-04\nThe Harbour Authority fined the ferry line on Wednesday.",
            "date 2025-09-05\nOn Wednesday, 3 September 2025, the Harbour Authority fined the operator.",
            "date 2025-09-06\nInspectors of the Harbour Authority reported the breach on Monday.",
            "date 2026-10-01\nThe ferry line held a hearing with the Harbour Authority on 3 September 2026 about safety.",
        ], [:])
    }
}
