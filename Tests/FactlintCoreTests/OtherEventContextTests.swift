import FactlintCore
import Testing

/// Rules never bind a figure or a date to a fact when the text says it belongs to another
/// event: a past event named with its own year, or another person's doing (issue #14).
@Suite struct OtherEventContextTests {
    let quake = try! rule("""
    { kind: "figures", window: 8, facts: [
      { name: "the tremor's magnitude", anchors: ["quake", "earthquake"], value: "7.1" },
      { name: "the death toll", anchors: ["killed", "dead"], value: "12" },
    ] }
    """)

    @Test func aPastEventNamedWithItsYearIsNotTheStorysEvent() {
        assertFindings(quake, [
            "Tuesday, May 5, 2026\nThe fault also produced the magnitude 8.3 earthquake of September 1985.",
            "Tuesday, May 5, 2026\nResidents still speak of the 1985 quake, a magnitude 8.3 event.",
            "Tuesday, May 5, 2026\nThe town remembers 19.09.1985, when a magnitude 8.3 quake killed 9,500 people.",
            "Tuesday, May 5, 2026\nThe port was rebuilt after September 1985, when a magnitude 8.3 earthquake hit it.",
            "Tuesday, May 5, 2026\nA magnitude 8.3 quake in 1985 destroyed the old harbour.",
            // With no dated header, a year on an event's own phrase is another time.
            "The fault also produced the magnitude 8.3 earthquake of September 1985.",
        ], [:])
    }

    @Test func theStorysFigureBesideAHistoricalOneIsStillChecked() {
        assertFindings(quake, [
            "Tuesday, May 5, 2026\nA magnitude 7.1 quake struck on Tuesday, the strongest since the 8.3 quake of 1985.",
        ], [:])
        assertFindings(quake, [
            "Tuesday, May 5, 2026\nA magnitude 1️⃣7.4 quake struck on Tuesday, the strongest since the 8.3 quake of 1985.",
            "Tuesday, May 5, 2026\nThe magnitude 2️⃣7.6 earthquake of May 2026 killed 12 people.",
        ], [
            "1️⃣": "the tremor's magnitude is 7.1; found '7.4'",
            "2️⃣": "the tremor's magnitude is 7.1; found '7.6'",
        ])
    }

    @Test func aFactNamingItsYearTakesFiguresOfThatYear() throws {
        let sales = try rule("""
        { kind: "figures", facts: [{ name: "the brewery's 2024 revenue", anchors: ["revenue"], value: "€3.2 billion" }] }
        """)
        assertFindings(sales, [
            "Friday 6 March 2026\nThe brewery's revenue in 2024 was 1️⃣€3.5 billion.",
            "Friday 6 March 2026\nIts 2024 revenue of 2️⃣€3.6 billion set a record.",
        ], [
            "1️⃣": "the brewery's 2024 revenue is €3.2 billion; found '€3.5 billion'",
            "2️⃣": "the brewery's 2024 revenue is €3.2 billion; found '€3.6 billion'",
        ])
        // A figure that says it is of another year is not the fact's, wherever the anchor is.
        assertFindings(sales, [
            "Friday 6 March 2031\nRevenue rose 9% to €4.1 billion in 2030 from €3.2 billion in 2024.",
            "Friday 6 March 2031\nRevenue reached €3.9 billion in fiscal 2029.",
        ], [:])
    }

    @Test func aDateBeforeAnIntervalIsNotTheReferenceEventsDate() throws {
        let rescue = try rule("""
        { kind: "dates", events: [{ name: "the cave-in", anchors: ["cave-in", "collapse"], date: "2025-10-14" }] }
        """)
        assertFindings(rescue, [
            "Saturday 25 October 2025\nThe last man came up on Sunday, about 116 hours after the collapse.",
            "Saturday 25 October 2025\nThe shaft was sealed on 21 October, seven days after the cave-in.",
        ], [:])
        assertFindings(rescue, ["Saturday 25 October 2025\nThe 1️⃣Sunday collapse trapped nine men."],
                       ["1️⃣": "the cave-in took place on October 14, 2025; found 'Sunday' (October 19, 2025)"])
    }

    let appointment = try! rule("""
    { kind: "dates", referenceDate: "2026-05-04",
      events: [{ name: "Okafor's appointment", anchors: ["appointed", "took over", "took charge"], year: 2024 }] }
    """)

    @Test func anotherPersonsDateIsNotThePersonsEvent() {
        assertFindings(appointment, [
            "Coach Ada Okafor won the league. Chair Lena Brandt, who took over in 2019, handed her the cup.",
            "Coach Ada Okafor won the league. Chair Lena Brandt took over in 2019, when the club was broke.",
            "Coach Ada Okafor won the league. Then there was Lena Brandt. The chair took charge in 2019.",
        ], [:])
    }

    @Test func theOwnersOwnDateOrPronounStillBinds() {
        assertFindings(appointment, [
            "Coach Ada Okafor was appointed in 1️⃣2022.",
            "Coach Ada Okafor praised the fans. Since she took charge in 2️⃣2021, Okafor has won twice.",
            "Coach Ada Okafor, who took over in 3️⃣2023, praised the fans.",
        ], [
            "1️⃣": "Okafor's appointment took place in 2024; found '2022'",
            "2️⃣": "Okafor's appointment took place in 2024; found '2021'",
            "3️⃣": "Okafor's appointment took place in 2024; found '2023'",
        ])
    }

    @Test func anOrganisationsEventIsNotHeldToAPersonsClause() throws {
        let title = try rule("""
        { kind: "dates", referenceDate: "2026-05-04",
          events: [{ name: "Harbour Rovers's last title", anchors: ["last title", "last won"], year: 2011 }] }
        """)
        assertFindings(title, ["Harbour Rovers beat the holders. The club last won the cup in 1️⃣2012, the fans recalled."],
                       ["1️⃣": "Harbour Rovers's last title took place in 2011; found '2012'"])
    }

    /// "Ten jurors, two holdouts": listed counts that add up to the whole are its sides.
    @Test func countsThatSplitTheWholeAreNotTheTotal() throws {
        let jury = try rule("{ kind: 'figures', facts: [{ name: 'Jurors on the panel', anchors: ['jurors', 'panel'], value: '12' }] }")
        assertFindings(jury, ["Ten jurors, two holdouts and a verdict that split a town"], [:])
        assertFindings(jury, [
            "1️⃣Nine jurors, two holdouts and a long week.",
            "The panel of 2️⃣11 jurors returned on Friday.",
        ], [
            "1️⃣": "Jurors on the panel is 12; found 'Nine'",
            "2️⃣": "Jurors on the panel is 12; found '11'",
        ])
    }
}
