@testable import FactlintCore
import Testing

/// "N years after" a year the text states, counted to the article's own date when nothing
/// else in the sentence dates it; "Nth anniversary" counted from a founding year nearby.
@Suite struct DateElapsedTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func yearsAfterAWrittenYearCountToTheArticleDate() {
        assertFindings(dates, [
            "date 2026-04-16\nThe reopening comes 1️⃣10 years after the flood of 2010 wrecked the quay.",
            "date 2026-04-16\nThe new lock is 2️⃣four years after the storm of 12 March 2021 in the making.",
        ], [
            "1️⃣": "'10 years after' does not add up: from 2010 to the article's date (April 16, 2026) is 15 or 16 years",
            "2️⃣": "'four years after' does not add up: from March 12, 2021 to the article's date (April 16, 2026) is 5 years",
        ])
    }

    /// Trap: with a year only, both whole-year counts are right.
    @Test func eitherWholeYearCountPassesForAYearOnly() {
        assertFindings(dates, [
            "date 2026-04-16\nThe festival returns 16 years after the 2010 flood.",
            "date 2026-04-16\nThe festival returns 15 years after the 2010 flood.",
            "date 2026-04-16\nIt is 50 years since the club won its first title, in 1976.",
        ], [:])
    }

    @Test func aParticipleAfterTheObjectDatesIt() {
        assertFindings(dates, [
            "date 2024-09-07\nThe rowers beat the holders on Saturday.\n\nThe win came 1️⃣nine years after their last regatta title, taken in 2011, and pays a bonus.",
            "date 2024-09-07\nThe rowers beat the holders on Saturday.\n\nThe win came 13 years after their last regatta title, taken in 2011, and pays a bonus.",
        ], [
            "1️⃣": "'nine years after' does not add up: from 2011 to the article's date (September 7, 2024) is 12 or 13 years",
        ])
    }

    /// Trap: a past-tense clause in an article that is not about its own week may tell of
    /// any earlier time; a year set off by a comma dates the clause, not the object.
    @Test func pastClausesAndClauseYearsAreNotCountedToTheArticleDate() {
        assertFindings(dates, [
            "date 2026-04-16\nThe canal closed five years after its 1990 reopening.",
            "date 2026-04-16\nHe retired, as planned, two years after the war, in 1947.",
            "date 2026-04-16\nThe span opened on Tuesday, 11 years after the old bridge, built in 2013, was closed.",
            "date 2026-04-16\nThe canal came four years after the 2011 flood; this summer marks 15 years since it.",
        ], [:])
    }

    /// Another year of the sentence that runs backwards from the base is another event's.
    @Test func anEarlierYearInTheSentenceLeavesTheArticleDate() {
        assertFindings(dates, [
            "date 2025-11-20\nThe verdict comes 1️⃣three years after the board first cut the pension on 2 May 2019, and ends a dispute that began in 2016.",
        ], [
            "1️⃣": "'three years after' does not add up: from May 2, 2019 to the article's date (November 20, 2025) is 6 or 7 years",
        ])
    }

    @Test func anniversaryCountsFromAFoundingYearNearby() {
        assertFindings(dates, [
            "date 2026-04-16\nThe museum was founded in 1951. It will mark its 1️⃣70th anniversary in the summer.",
            "date 2026-04-16\nThe society, established 1901, celebrates its 125th anniversary this year.",
            "date 2026-04-16\nThe choir was formed in 1990 and held its 30th anniversary concert in 2020.",
            "date 2026-04-16\nThe choir was formed in 1990 and held its 2️⃣25th anniversary concert in 2020.",
            "date 2031-06-20\nThe town, incorporated in 1951, marked its 80th anniversary in June.",
        ], [
            "1️⃣": "'70th anniversary' does not add up: founded in 1951, 2026 is the 75th anniversary",
            "2️⃣": "'25th anniversary' does not add up: formed in 1990, 2020 is the 30th anniversary",
        ])
    }

    /// "45 years after it opened": the back-reference counts from the one year stated
    /// before it in the sentence.
    @Test func yearsAfterABackReferenceCountFromTheSentencesYear() {
        assertFindings(dates, [
            "date 2025-10-16\nThe pier opened in 1975, and the collapse comes 1️⃣45 years after it opened.",
            "date 2025-10-16\nThe pier opened in 1975, and the collapse comes 50 years after it opened.",
            "date 2025-10-16\nThe pier opened in 1975 and closed in 2005, 30 years after it opened.",
            "date 2025-10-16\nThe pier opened in 1975 and was rebuilt in 1990; it closes 35 years after that.",
        ], [
            "1️⃣": "'45 years after' does not add up: from 1975 to the article's date (October 16, 2025) is 49 or 50 years",
        ])
    }

    /// Trap: an anniversary marked in the past ("had marked its 150th") fell in some earlier
    /// year, not the article's; "planned … for its 70th" is still this year's.
    @Test func anAnniversaryMarkedInThePastIsNotTheArticlesYear() {
        assertFindings(dates, [
            "date 2031-03-10\nThe brewery, founded in 1876, had marked its 150th anniversary in the year of the takeover.",
            "date 2031-03-10\nThe brewery, founded in 1876, celebrated its 150th anniversary with a street party.",
            "date 2026-04-16\nThe town was incorporated in 1951 and had planned a week of concerts for its 1️⃣70th anniversary.",
        ], [
            "1️⃣": "'70th anniversary' does not add up: incorporated in 1951, 2026 is the 75th anniversary",
        ])
    }

    /// Trap: a year near an anniversary that is no founding ("won the cup in 2011") says nothing.
    @Test func anniversaryWithoutAnOriginYearPasses() {
        assertFindings(dates, [
            "date 2026-04-16\nThe club won the cup in 2011. Its 100th anniversary falls next year.",
            "date 2026-04-16\nA year ago today the dam burst; the first anniversary was marked in silence.",
        ], [:])
    }

    @Test func retrospectiveCountsFromItsOwnFrame() {
        assertFindings(dates, [
            "date 2030-08-02\nThree years ago today, the levee gave way.\n\nNow, 1️⃣four years after the flood, the lower town is rebuilt.",
            "date 2030-08-02\nThree years ago today, the levee gave way.\n\nThree years after the flood, the lower town is rebuilt.",
        ], [
            "1️⃣": "'four years after the flood' does not add up: the article's story is 'Three years ago today' (line 2), 3 years ago",
        ])
    }

    @Test func aDateInTheFramesSentenceIsTheFramesDay() {
        assertFindings(dates, [
            "date 2030-08-02\nThree years ago today, on 1️⃣2 August 2028, the levee gave way.",
        ], ["1️⃣": "'2 August 2028' does not add up: 'Three years ago today' in an article dated August 2, 2030 is August 2, 2027"])
        // The right day, or the small hours of the next: no finding.
        assertFindings(dates, [
            "date 2030-08-02\nThree years ago today, on 2 August 2027, the levee gave way.",
            "date 2030-08-02\nThree years ago today, in the early hours of 3 August 2027, the levee gave way.",
        ], [:])
    }

    /// Traps: "a year ago today" alone, a count from another dated event, two frames that disagree.
    @Test func retrospectiveTrapsPass() {
        assertFindings(dates, [
            "date 2030-08-02\nA year ago today, the levee gave way. A memorial was unveiled this morning.",
            "date 2030-08-02\nA year ago today, the levee gave way.\n\nFourteen years after the 2016 storm, the dykes were raised again in 2030.",
            "date 2030-08-02\nA year ago today, the levee gave way.\n\nTwo years after the Ruhr merger, the firm moved.",
            "date 2030-08-02\nA year ago today, the levee gave way. Two years ago today, the dam cracked.\n\nThree years after the flood, all is well.",
        ], [:])
    }

    @Test func yearLabelContradictedByItsOwnClause() {
        assertFindings(dates, [
            "date 2026-05-02\nThe 1998 flood, which struck on 1️⃣4 November 1999, drowned the delta.",
            "date 2026-05-02\nThe 2004 storm hit on 2️⃣12 March 2005 without warning.",
        ], [
            "1️⃣": "'4 November 1999' is in 1999, but its own phrase calls it 'The 1998 flood' (1998)",
            "2️⃣": "'12 March 2005' is in 2005, but its own phrase calls it 'The 2004 storm' (2004)",
        ])
    }

    /// Traps: the label agrees; an act about the event is not its date.
    @Test func yearLabelTrapsPass() {
        assertFindings(dates, [
            "date 2026-05-02\nThe 1998 flood, which struck on 4 November 1998, drowned the delta.",
            "date 2026-05-02\nThe 2024 budget, approved on 12 December 2023, cut rail spending.",
            "date 2026-05-02\nThe 2025 season, which began on 9 August 2024, ended in May.",
        ], [:])
    }
}

/// A date written inside an anchor phrase dates that event: "the June 2023 regatta".
@Suite struct InnerDateTests {
    let regatta = try! rule("""
    { kind: 'dates', referenceDate: '2024-06-15',
      events: [{ name: 'the harbour regatta', anchors: ['the regatta', 'harbour regatta'], date: '2024-06-15' },
               { name: 'the club merger', anchors: ['merged'], year: 2019 }] }
    """)

    @Test func dateInsideTheAnchorPhraseIsTheEvents() {
        assertFindings(regatta, [
            "date 2024-06-15\nSailors still talk about the 1️⃣June 2023 regatta as if it were last week.",
            "date 2024-06-15\nThe clubs merged before this 2️⃣June 2023 harbour regatta began.",
        ], [
            "1️⃣": "the harbour regatta took place on June 15, 2024; found 'June 2023'",
            "2️⃣": "the harbour regatta took place on June 15, 2024; found 'June 2023'",
        ])
    }

    /// Traps: the right month; a regatta decades back is another one, not a slip.
    @Test func innerDatesThatFitOrNameAnotherTimePass() {
        assertFindings(regatta, [
            "date 2024-06-15\nSailors will talk about the June 2024 regatta for years.",
            "date 2024-06-15\nHer mother won the 1988 regatta, the first after the clubs merged.",
        ], [:])
    }
}

/// Relative dates bound to their event by a possessive or by the clause's verb.
@Suite struct RelativeEventDateTests {
    let rules = try! rule("""
    { kind: 'dates', window: 8,
      events: [{ name: 'the harbour regatta', anchors: ['the regatta'], date: '2024-06-15' },
               { name: 'the penalty on the yard', anchors: ['fined'], date: '2024-06-12' }] }
    """)

    @Test func possessiveRelativeDateIsTheEvents() {
        assertFindings(rules, [
            "date 2024-06-18\nCrews were still drying sails after 1️⃣yesterday's regatta.",
            "date 2024-06-18\nCrews were still drying sails after Saturday's regatta.",
        ], ["1️⃣": "the harbour regatta took place on June 15, 2024; found 'yesterday' (June 17, 2024)"])
    }

    @Test func relativeDateBeyondTheWindowBindsToItsClauseVerb() {
        assertFindings(rules, [
            "date 2024-06-14\nThe council fined the boatyard 40,000 euros, or about 34,000 pounds, on 1️⃣Tuesday, citing the spill.",
            "date 2024-06-14\nThe council fined the boatyard 40,000 euros, or about 34,000 pounds, on Wednesday, citing the spill.",
        ], ["1️⃣": "the penalty on the yard took place on June 12, 2024; found 'Tuesday' (June 11, 2024)"])
    }

    /// Trap: a relative date in another clause, or with another date between, is not the anchor's.
    @Test func relativeDateOfAnotherClauseIsNotBound() {
        assertFindings(rules, [
            "date 2024-06-14\nThe council fined the boatyard 40,000 euros, or about 34,000 pounds, and the owners said on Tuesday that they would appeal.",
            "date 2024-06-14\nThe council fined the boatyard on Wednesday for a spill that the crew had reported to the harbour master on Monday.",
        ], [:])
    }
}

/// "N years after" with the rules' events: a declared event before the phrase is the
/// clause's time, and a year of the text that the rules know to the day counts from that day.
@Suite struct DeclaredElapsedTests {
    let rules = try! rule("""
    { kind: 'dates',
      events: [{ name: 'the appeal verdict', anchors: ['verdict'], date: '2024-09-12' },
               { name: 'the first inquiry', anchors: ['inquiry'], date: '2019-03-01' },
               { name: 'the 2008 flood', anchors: ['deluge'], date: '2008-11-20' }] }
    """)

    @Test func declaredEventBeforeThePhraseIsTheClausesTime() {
        assertFindings(rules, [
            "date 2027-01-05\nThe verdict came 1️⃣seven years after the inquiry opened, and the town moved on.",
            "date 2027-01-05\nThe verdict came five years after the inquiry opened, and the town moved on.",
        ], ["1️⃣": "'seven years after' does not add up: from March 1, 2019 (the first inquiry) to the appeal verdict (September 12, 2024) is 5 or 6 years"])
    }

    @Test func aYearTheRulesKnowToTheDayCountsFromThatDay() {
        assertFindings(rules, [
            "date 2024-05-10\nThe new dyke comes 1️⃣16 years after the 2008 disaster, which drowned the polder.",
            "date 2024-05-10\nThe new dyke comes 15 years after the 2008 disaster, which drowned the polder.",
        ], ["1️⃣": "'16 years after' does not add up: from November 20, 2008 (the 2008 flood) to the article's date (May 10, 2024) is 15 years"])
    }
}
