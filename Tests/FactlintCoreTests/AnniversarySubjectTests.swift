import FactlintCore
import Testing

/// A declared anniversary whose anchor is "anniversary of Harbour Line" is also named by its
/// subject: "Harbour Line, which marks its 90th anniversary this year".
@Suite struct AnniversarySubjectTests {
    let rules = try! rule("""
    { kind: 'dates', referenceDate: '2026-03-14',
      anniversaries: [{ name: 'the founding of Harbour Line', anchors: ['anniversary of Harbour Line'], year: 1926 }] }
    """)

    @Test func theSubjectsAnniversaryIsChecked() {
        assertFindings(rules, "Harbour Line, which marks its 90th anniversary 1️⃣this year, runs six ferries.", [
            "1️⃣": "the 90th anniversary of the founding of Harbour Line (1926) falls in 2016; found 'this year' (2026)",
        ])
        assertFindings(rules, "Harbour Line's 90th anniversary 1️⃣this year went unmarked.", [
            "1️⃣": "the 90th anniversary of the founding of Harbour Line (1926) falls in 2016; found 'this year' (2026)",
        ])
    }

    /// Clean: the right ordinal, and a time that is not the anniversary's.
    @Test func theRightOrdinalAndOtherTimesPass() {
        assertFindings(rules, "Harbour Line, which marks its 100th anniversary this year, runs six ferries.", [:])
        assertFindings(rules, "Harbour Line, which marks its 90th anniversary, reported revenue for 2025.", [:])
    }
}
