@testable import FactlintCore
import Testing

/// A wire dateline often gives no year ("TALLINN, Oct 19 (Wire) -"). With no
/// `referenceDate`, the story the rule describes supplies it: when every event declared to
/// the day, month or quarter falls in one year, that year (the one nearest those events).
/// The article's date then resolves its weekdays ("late on Friday") like any other.
@Suite struct DatelineYearTests {
    let rules = try! rule("""
        { kind: 'dates', events: [
            { name: 'the ferry fire', anchors: ['caught fire'], date: '2025-10-14' },
            { name: 'the launch of the ferry', anchors: ['launched'], year: 1998 },
        ] }
        """)

    @Test func aYearlessDatelineTakesTheYearOfTheDeclaredStory() {
        assertFindings(rules, "TALLINN, Oct 19 (Baltic Wire) - Salvage crews reached the ferry.\n\nThe ferry caught fire late on 1️⃣Friday, the coastguard said.",
                       ["1️⃣": "the ferry fire took place on October 14, 2025; found 'Friday' (October 17, 2025)"])
    }

    /// A byline between the headline and the dateline: the dateline still dates the article.
    @Test func aDatelineAfterABylineDatesTheArticle() {
        assertFindings(rules, "Ferry fire off Tallinn\nBy Wire staff\n\nTALLINN, Oct 19 (Baltic Wire) - Salvage crews reached the ferry.\n\nThe ferry caught fire late on 1️⃣Friday, the coastguard said.",
                       ["1️⃣": "the ferry fire took place on October 14, 2025; found 'Friday' (October 17, 2025)"])
    }

    /// Clean: the right weekday for the declared date.
    @Test func theRightWeekdayUnderAYearlessDatelinePasses() {
        assertFindings(rules, "TALLINN, Oct 19 (Baltic Wire) - Salvage crews reached the ferry.\n\nThe ferry caught fire late on Tuesday, the coastguard said.", [:])
    }

    /// A year-less date inside the first sentence is no dateline: the article keeps the
    /// rule's `referenceDate`, and a weekday is resolved against that.
    @Test func aDateInTheFirstSentenceIsNoDateline() throws {
        let dated = try rule("""
            { kind: 'dates', referenceDate: '2025-10-19', events: [
                { name: 'the ferry fire', anchors: ['caught fire'], date: '2025-10-14' },
            ] }
            """)
        assertFindings(dated, "The ferry caught fire late on 1️⃣Friday, and crews reached it on 16 October.",
                       ["1️⃣": "the ferry fire took place on October 14, 2025; found 'Friday' (October 17, 2025)"])
    }

    /// Declared events in different years say nothing of the dateline's year: no date, no finding.
    @Test func eventsInSeveralYearsGiveTheDatelineNoYear() throws {
        let spread = try rule("""
            { kind: 'dates', events: [
                { name: 'the ferry fire', anchors: ['caught fire'], date: '2025-10-14' },
                { name: 'the inquiry report', anchors: ['report'], date: '2027-02-01' },
            ] }
            """)
        assertFindings(spread, "TALLINN, Oct 19 (Baltic Wire) - Salvage crews reached the ferry.\n\nThe ferry caught fire late on Friday, the coastguard said.", [:])
    }
}
