@testable import FactlintCore
import Testing

/// Dates read with their context: weekdays after the date, two-letter weekdays, dotted
/// day-first dates, impossible year-less dates, the story's year and the clause's tense.
@Suite struct DateContextTests {
    static func describe(_ text: String) -> [String] { DateExtractorTests.describe(text) }

    static let cases: [(String, [String])] = [
        ("landed 16 July 1969, a Wednesday", ["16 July 1969, a Wednesday | date | 1969-07-16 | weekday 3"]),
        ("filed 2021-07-02 (Friday) at noon", ["2021-07-02 (Friday) | date | 2021-07-02 | weekday 5"]),
        ("due Nov. 4 (Tue.) in Oslo", ["Nov. 4 (Tue.) | date | 2025-11-04 | weekday 2"]),
        ("opens on March 3, 2024 — a Sunday", ["March 3, 2024 — a Sunday | date | 2024-03-03 | weekday 0"]),
        ("Mo, 7 October: polls open", ["Mo, 7 October | date | 2025-10-07 | weekday 1"]),
        ("Fr. 31.10.2025 in Bergen", ["Fr. 31.10.2025 | date | 2025-10-31 | weekday 5"]),
        ("signed on 23.10.2025 in Bergen", ["23.10.2025 | date | 2025-10-23"]),
        ("version 1.10.2 and 3.14159", []),
        ("We, the crew, agree on Mo 7 October", ["7 October | date | 2025-10-07"]),
        ("due on September 31 at the latest", ["September 31 | date"]),
        // The story's year, not the article's.
        ("The ferry sank on 3 March 1994. Divers reached it on 9 March.",
         ["3 March 1994 | date | 1994-03-03", "9 March | date | 1994-03-09"]),
        ("In 1994 divers reached the wreck on 9 March.", ["1994 | year | 1994-01-01..1994-12-31", "9 March | date | 1994-03-09"]),
        ("His 1994 book came out. He spoke on 9 March.", ["1994 | year | 1994-01-01..1994-12-31", "9 March | date | 2025-03-09"]),
        // Tense picks the weekday: the article is dated Tuesday 28 October 2025.
        ("The figures were published on Friday.", ["Friday | weekday | 2025-10-24 | weekday 5"]),
        ("The figures will be published on Friday.", ["Friday | weekday | 2025-10-31 | weekday 5"]),
        ("The board met on Saturday.", ["Saturday | weekday | 2025-10-25 | weekday 6"]),
        ("The board meets again on Sunday, officials expected.", ["Sunday | weekday | 2025-11-02 | weekday 0"]),
        ("The vote is scheduled for Monday.", ["Monday | weekday | 2025-11-03 | weekday 1"]),
        ("Talks resumed on Tuesday.", ["Tuesday | weekday | 2025-10-28 | weekday 2"]),
        ("Bids were due on the last day of the month.", []),
        // A bare month after "in" takes the article's year, by tense (article of 28 October 2025).
        ("The court heard the case in June.", ["June | month | 2025-06-01..2025-06-30"]),
        ("The court ruled on the case in November.", ["November | month | 2024-11-01..2024-11-30"]),
        ("The court will rule in March.", ["March | month | 2026-03-01..2026-03-31"]),
        ("In May I said no.", []),
        ("Six years ago today the dam gave way.", ["Six years ago today | relative | 2019-10-28"]),
        ("The dam gave way the day before yesterday.", ["the day before yesterday | relative | 2025-10-26"]),
        ("Pumps arrive the day after tomorrow.", ["the day after tomorrow | relative | 2025-10-30"]),
        ("The lease was signed on 27th May 2024.", ["27th May 2024 | date | 2024-05-27"]),
        // A present-tense start is a schedule (article of Tuesday 28 October 2025).
        ("The dig starts Thursday.", ["Thursday | weekday | 2025-10-30 | weekday 4"]),
        ("Ferry crossings resume Saturday.", ["Saturday | weekday | 2025-11-01 | weekday 6"]),
        // The weekday's own past verb wins over a future in the next clause.
        ("The mayor, who visited the harbour on Friday, said the ferry will sail again.",
         ["Friday | weekday | 2025-10-24 | weekday 5"]),
        // A weekday dates a year-less day: the article's year when the weekday falls in it, not
        // the year of another event in the sentence before (28 October 2025 is a Tuesday).
        ("The mill was built in June 2019, the owners said. Tours begin on Tuesday, October 28.",
         ["June 2019 | month | 2019-06-01..2019-06-30", "Tuesday, October 28 | date | 2025-10-28 | weekday 2"]),
        // The story's year still wins when the weekday falls there (9 March 1994 was a Wednesday).
        ("The ferry sank on 3 March 1994. Divers reached it on Wednesday 9 March.",
         ["3 March 1994 | date | 1994-03-03", "Wednesday 9 March | date | 1994-03-09 | weekday 3"]),
    ]

    @Test(arguments: cases)
    func readsDatesInContext(_ text: String, _ expected: [String]) {
        #expect(Self.describe(text) == expected, "\(text)")
    }

    let rules = try! rule("{ kind: 'dates', referenceDate: '2025-10-28' }")

    @Test func weekdayAfterItsDateIsChecked() {
        assertFindings(rules, """
        date 2025-10-28
        The probe launched on 1️⃣16 July 1969, a Thursday. It returned on 24 July 1969, a Thursday.
        Filed 2️⃣2021-07-02 (Thursday), approved 2021-07-05 (Monday).

        Due 3️⃣Nov. 4 (Wed), paid Nov. 5 (Wed).
        """, [
            "1️⃣": "July 16, 1969 was a Wednesday, not a Thursday",
            "2️⃣": "July 2, 2021 was a Friday, not a Thursday",
            "3️⃣": "November 4, 2025 was a Tuesday (year from the article date), not a Wednesday",
        ])
    }

    @Test func twoLetterWeekdaysBeforeADate() {
        assertFindings(rules, "Polls: 1️⃣We, 7 October and Sa, 11 October. We, 7 members, agreed.",
                       ["1️⃣": "October 7, 2025 was a Tuesday (year from the article date), not a Wednesday"])
    }

    @Test func aDocumentsOwnDatesSetItsSlashOrder() throws {
        let monthFirst = try rule("{ kind: 'dates', slashDates: 'month-first' }")
        // 28/10/2025 shows this copy is day-first: 05/06/2025 is 5 June (a Thursday), not May 6.
        assertFindings(monthFirst, "Filed 28/10/2025. Signed on 1️⃣Friday, 05/06/2025 and on Thursday, 05/06/2025.",
                       ["1️⃣": "June 5, 2025 was a Thursday, not a Friday"])
        // Nothing to go on: the rule's order (month-first) holds.
        assertFindings(monthFirst, "Signed on 1️⃣Thursday, 05/06/2025 and on Tuesday, 05/06/2025.",
                       ["1️⃣": "May 6, 2025 was a Tuesday, not a Thursday"])
        let dayFirst = try rule("{ kind: 'dates', slashDates: 'day-first' }")
        assertFindings(dayFirst, "Filed 10/28/2025. Signed on 1️⃣Thursday, 05/06/2025 and on Tuesday, 05/06/2025.",
                       ["1️⃣": "May 6, 2025 was a Tuesday, not a Thursday"])
    }

    @Test func dottedDayFirstDatesAreDates() {
        assertFindings(rules, "Signed 1️⃣Friday 23.10.2025 and sealed Thursday 23.10.2025.",
                       ["1️⃣": "October 23, 2025 was a Thursday, not a Friday"])
    }

    @Test func yearlessImpossibleDates() {
        assertFindings(rules, "Bids close on 1️⃣September 31 and open on 2️⃣31 April. Results on September 30.", [
            "1️⃣": "'September 31' is not a date: September has 30 days, not 31",
            "2️⃣": "'31 April' is not a date: April has 30 days, not 31",
        ])
    }

    @Test func yearlessDateTakesTheStorysYear() {
        assertFindings(rules, """
        date 2025-10-28
        The ferry sank on 3 March 1994, a Thursday. Divers reached it on 1️⃣Friday, 10 March.
        Divers came back on Thursday, 10 March.
        """, ["1️⃣": "March 10, 1994 was a Thursday (year from the surrounding text), not a Friday"])
    }

    @Test func weatherWidgetDateIsNotTheArticleDate() {
        func date(_ text: String) -> String? {
            let d = Document(path: "t", contents: text, lexicon: DateExtractorTests.lexicon)
            return ArticleDate.detect(d, extractor: DateExtractorTests.extractor, fallback: nil).map(DateExtractorTests.iso)
        }
        #expect(date("Bergen 9°C Light rain\nThu 6 Nov 2025\n\nFerry strike ends\n- Coast Daily - Monday, 3 November 2025\n\nText.")
                == "2025-11-03")
        #expect(date("Weather: overcast, Thursday, 6 November 2025\nFerry strike ends\nBy A. Writer, 3 November 2025\n\nText.")
                == "2025-11-03")
        // Clean: a byline date with no widget around it is still the article date.
        #expect(date("Ferry strike ends\n- Coast Daily - Monday, 3 November 2025\n\nRain is expected later.") == "2025-11-03")
    }

    @Test func mastheadLineOfFieldsDatesTheArticle() {
        func date(_ text: String) -> String? {
            let d = Document(path: "t", contents: text, lexicon: DateExtractorTests.lexicon)
            return ArticleDate.detect(d, extractor: DateExtractorTests.extractor, fallback: nil).map(DateExtractorTests.iso)
        }
        #expect(date("Ferry strike ends\nBy Ann Lee and Tom Berg | Coast Daily | Monday, November 3, 2025 8:10 AM GMT\n\nText.")
                == "2025-11-03")
        #expect(date("Ferry strike ends\nHarbour Notes, the ferry users' site · Posted by Ann Lee on Monday 3rd November 2025 at 08:45\n\nText.")
                == "2025-11-03")
        // Clean: a long headline-like line with a date and no fields does not date the article.
        #expect(date("The ferry that sank on 3 March 1994 off the coast is raised by divers after thirty long years\n\nText.") == nil)
    }
}
