@testable import FactlintCore
import Testing

/// Which event a date belongs to: anniversaries and "N years after" phrases name an event
/// without dating it; events known to the day, month or quarter check weekdays and
/// relative dates resolved against the article's date and tense.
@Suite struct DateEventTests {
    let landing = try! rule("""
    { kind: 'dates', referenceDate: '2025-10-28',
      events: [{ name: 'the first crewed lunar landing', anchors: ['landing'], year: 1969 }] }
    """)

    @Test func anniversaryYearIsNotTheEventsDate() {
        assertFindings(landing, [
            "The 50th anniversary of the landing was in 2019.",
            "Crowds marked the 40th anniversary of the 1969 landing in 2009.",
            "In 1981, a dozen years after the landing, the programme ended.",
            "The 30th anniversary of the landing in 1969 fell in 1999.",
        ], [:])
    }

    @Test func anniversaryOfADatedEventIsChecked() {
        assertFindings(landing, [
            "The 50th anniversary of the landing was in 1️⃣2018.",
            "The landing took place in 2️⃣1968.",
        ], [
            "1️⃣": "the 50th anniversary of the first crewed lunar landing (1969) falls in 2019; found '2018' (2018)",
            "2️⃣": "the first crewed lunar landing took place in 1969; found '1968'",
        ])
    }

    @Test func anniversaryOfAnotherNumberedNameIsNotChecked() throws {
        let luna = try rule("{ kind: 'dates', referenceDate: '2025-10-28', anniversaries: [{ name: 'the Luna launch', anchors: ['Luna'], year: 1959 }] }")
        assertFindings(luna, [
            "date 2025-10-28\nNext year marks the 60th anniversary of Luna 9.",
            "date 2025-10-28\nNext year marks the 67th anniversary of Luna.",
            "date 2025-10-28\nThis year marks the 67th anniversary of Luna, in 1️⃣2025.",
        ], ["1️⃣": "the 67th anniversary of the Luna launch (1959) falls in 2026; found '2025' (2025)"])
    }

    @Test func anAnniversaryOfAnotherThingIsNotChecked() throws {
        let moon = try rule("""
        { kind: 'dates', anniversaries: [{ name: 'the Apollo 11 landing', anchors: ['anniversary', 'Apollo 11'], year: 1969 }] }
        """)
        assertFindings(moon, [
            "date 2019-03-01\nNext year marks the 50th anniversary of Apollo 13.",
            "date 2019-03-01\nThis year marks the 50th anniversary of Apollo 11.",
            "date 2019-03-01\nThis year marks the 50th anniversary of the landing.",
            "date 2019-03-01\n1️⃣Next year marks the 50th anniversary of Apollo 11.",
        ], ["1️⃣": "the 50th anniversary of the Apollo 11 landing (1969) falls in 2019; found 'Next year' (2020)"])
    }

    let results = try! rule("""
    { kind: 'dates',
      events: [
        { name: 'the results release', anchors: ['results'], date: '2025-10-30' },
        { name: 'the merger', anchors: ['merger'], month: '2025-07' },
        { name: 'the plant opening', anchors: ['plant opened'], quarter: '2025-Q3' },
      ] }
    """)

    @Test func relativeWeekdaysAreCheckedAgainstADatedEvent() {
        assertFindings(results, [
            "date 2025-10-30\nThe results were published on 1️⃣Tuesday, the company said.",
            "date 2025-10-30\nThe results were published on Thursday.",
            "date 2025-10-30\nThe results were published today.",
            "date 2025-10-28\nThe results will be published on Thursday.",
            "date 2025-10-28\nThe results will be published on 2️⃣Friday.",
            "date 2025-10-31\nThe results came out yesterday.",
        ], [
            "1️⃣": "the results release took place on October 30, 2025; found 'Tuesday' (October 28, 2025)",
            "2️⃣": "the results release took place on October 30, 2025; found 'Friday' (October 31, 2025)",
        ])
    }

    @Test func monthAndQuarterPrecision() {
        assertFindings(results, [
            "The merger closed in July 2025 and the plant opened in August 2025.",
            "The merger closed in 1️⃣June 2025.",
            "The plant opened in 2️⃣November 2025.",
        ], [
            "1️⃣": "the merger took place in July 2025; found 'June 2025'",
            "2️⃣": "the plant opening took place in the third quarter of 2025; found 'November 2025'",
        ])
    }

    @Test func badPrecisionsAreRejected() {
        func error(_ json: String) -> String {
            do { _ = try rule(json, id: "d"); return "loaded" } catch { return "\(error)" }
        }
        #expect(error("{ kind: 'dates', events: [{ name: 'x', anchors: ['a'], quarter: '2025-Q5' }] }")
                == "d.json5: events[0].quarter: '2025-Q5' is not a quarter; write YYYY-Qn, e.g. \"2025-Q3\"")
        #expect(error("{ kind: 'dates', events: [{ name: 'x', anchors: ['a'], month: '2025-13' }] }")
                == "d.json5: events[0].month: '2025-13' is not a month; write YYYY-MM")
        #expect(error("{ kind: 'dates', events: [{ name: 'x', anchors: ['a'], month: '2025-07', year: 2025 }] }")
                == "d.json5: events[0].period: give one of year, quarter, month, date or period, not several")
    }

    /// Trap: a retrospective's year-less date takes the article's year, years after the
    /// event; the writer wrote no year, so a year off is not their slip. A date that is
    /// nothing like the event's (the results two months on) is another time, not a slip.
    @Test func onlySlipsOfTheEventsDateAreFindings() {
        assertFindings(results, [
            "date 2028-11-02\nThree years on, investors recall that the results were published on 30 October.",
            "date 2025-10-31\nThe results, published in 2025, were revised in January 2026.",
            "date 2025-10-31\nThe results were published on 1️⃣1 November 2025.",
        ], ["1️⃣": "the results release took place on October 30, 2025; found '1 November 2025'"])
    }

    /// Trap: a date offset from the event by an interval ("on Friday, a day after the
    /// results were published") is not the event's date, modifiers between them or not.
    @Test func aDateAnIntervalAfterTheEventIsNotItsDate() {
        assertFindings(results, [
            "date 2025-10-31\nShares fell on Friday, a day after the long awaited results came out.",
            "date 2025-10-31\nShares fell on Friday, one day after the quarterly results.",
        ], [:])
    }
}
