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

/// The article's own date in its header ("Published 15 June 2026") dates the article, not
/// the event whose anchor the headline above it carries.
@Suite struct HeaderDateIsNoEventTests {
    let rules = try! rule("""
    { kind: 'dates', events: [{ name: 'the bridge collapse', anchors: ['collapse'], date: '2026-06-12' }] }
    """)

    @Test func theHeaderDateIsNotTheEventsDate() {
        assertFindings(rules, "We use cookies. Accept all\nBridge collapse: what we know about the collapse so far\nPublished 15 June 2026, 09:12 CET | Updated 15 June 2026, 18:40 CET\n\nThe bridge fell on Friday.", [:])
    }

    @Test func aWrongDateInTheStoryIsStillChecked() {
        assertFindings(rules, "Bridge collapse: what we know so far\nPublished 15 June 2026, 09:12 CET\n\nThe collapse on 1️⃣11 June killed two.", [
            "1️⃣": "the bridge collapse took place on June 12, 2026; found '11 June' (June 11, 2026)",
        ])
    }
}

/// "Collapsed bridge to reopen today": a participle anchor before a noun describes the
/// bridge; the clause's date is the reopening's, not the collapse's.
@Suite struct AttributiveAnchorTests {
    let rules = try! rule("""
    { kind: 'dates', referenceDate: '2026-06-15', events: [{ name: 'the bridge collapse', anchors: ['collapsed'], date: '2026-06-12' }] }
    """)

    @Test func anAttributiveParticipleDatesNothing() {
        assertFindings(rules, "IN BRIEF: Collapsed bridge to reopen today\n\nThe collapsed span will be lifted on Monday.", [:])
    }

    @Test func theVerbStillDates() {
        assertFindings(rules, "The bridge collapsed on 1️⃣13 June.", [
            "1️⃣": "the bridge collapse took place on June 12, 2026; found '13 June' (June 13, 2026)",
        ])
    }
}
