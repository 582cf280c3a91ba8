import FactlintCore
import Testing

/// "her first statement since the night of the accident": the clause's date is measured
/// from the event, so it is not the event's date; a date in the event's own phrase still is.
@Suite struct DateSinceEventTests {
    let rules = try! rule("""
    { kind: 'dates', referenceDate: '2026-06-20',
      events: [{ name: 'the bridge collapse', anchors: ['collapse'], date: '2026-06-12' }] }
    """)

    @Test func aDateMeasuredSinceTheEventIsNotItsDate() {
        assertFindings(rules, [
            "The mayor spoke on Wednesday, her first statement since the night of the collapse.",
            "Traffic has used the ferry on Monday and every day since the collapse.",
        ], [:])
    }

    @Test func theEventsOwnDateIsStillChecked() {
        assertFindings(rules, ["Nobody has crossed since the collapse on 1️⃣13 June."], [
            "1️⃣": "the bridge collapse took place on June 12, 2026; found '13 June' (June 13, 2026)",
        ])
    }
}
