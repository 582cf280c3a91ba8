@testable import FactlintCore
import Testing

@Suite struct DateExtractorTests {
    static let (extractor, lexicon): (DateExtractor, Lexicon) = {
        var lexicon = Lexicon()
        let extractor = DateExtractor(dayFirst: true, lexicon: &lexicon)
        return (extractor, lexicon)
    }()
    /// Tuesday, October 28, 2025.
    static let reference = CivilDate.days(2025, 10, 28)

    static func iso(_ day: Int) -> String {
        let c = CivilDate.civil(day)
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }

    /// "text | kind | first..last day[ | weekday N]" for every expression found.
    static func describe(_ text: String) -> [String] {
        let document = Document(path: "t", contents: text, lexicon: lexicon)
        return extractor.expressions(in: document, reference: reference).map { e in
            var parts = [document.string(e.bytes), e.kind.rawValue]
            if let i = e.interval { parts.append(i.count == 1 ? iso(i.lowerBound) : "\(iso(i.lowerBound))..\(iso(i.upperBound))") }
            if let w = e.statedWeekday { parts.append("weekday \(w)") }
            return parts.joined(separator: " | ")
        }
    }

    static let cases: [(String, [String])] = [
        ("Tuesday, October 28, 2025", ["Tuesday, October 28, 2025 | date | 2025-10-28 | weekday 2"]),
        ("on Oct 28 in Tokyo", ["Oct 28 | date | 2025-10-28"]),
        ("Oct. 28, 2025", ["Oct. 28, 2025 | date | 2025-10-28"]),
        ("on 28 October 2025", ["28 October 2025 | date | 2025-10-28"]),
        ("28/10/2025", ["28/10/2025 | date | 2025-10-28"]),
        ("01/02/2025", ["01/02/2025 | date | 2025-02-01"]),
        ("10/28/2025", ["10/28/2025 | date | 2025-10-28"]),
        ("date 2025-10-28", ["2025-10-28 | date | 2025-10-28"]),
        ("Monday, July 20, 1969", ["Monday, July 20, 1969 | date | 1969-07-20 | weekday 1"]),
        ("Wed. (Oct. 29)", ["Wed. (Oct. 29) | date | 2025-10-29 | weekday 3"]),
        ("September 11th, 2001", ["September 11th, 2001 | date | 2001-09-11"]),
        ("in October 2025", ["October 2025 | month | 2025-10-01..2025-10-31"]),
        ("in 2019", ["2019 | year | 2019-01-01..2019-12-31"]),
        ("his 2016 election victory", ["2016 | year | 2016-01-01..2016-12-31"]),
        ("assassinated in 2022", ["2022 | year | 2022-01-01..2022-12-31"]),
        ("in the 1970s", ["1970s | decade | 1970-01-01..1979-12-31"]),
        ("the 1960s and 1970s", ["1960s | decade | 1960-01-01..1969-12-31", "1970s | decade | 1970-01-01..1979-12-31"]),
        ("from 1977–1983", ["1977–1983 | span | 1977-01-01..1983-12-31"]),
        ("1977-83", ["1977-83 | span | 1977-01-01..1983-12-31"]),
        ("between 1977 and 1983", ["between 1977 and 1983 | span | 1977-01-01..1983-12-31"]),
        ("from 2010 to 2013", ["from 2010 to 2013 | span | 2010-01-01..2013-12-31"]),
        ("on Wednesday", ["Wednesday | weekday | 2025-10-29 | weekday 3"]),
        ("on Thursday", ["Thursday | weekday | 2025-10-30 | weekday 4"]),
        ("on Monday", ["Monday | weekday | 2025-10-27 | weekday 1"]),
        ("this Tuesday", ["this Tuesday | weekday | 2025-10-28 | weekday 2"]),
        ("last Friday", ["last Friday | weekday | 2025-10-24 | weekday 5"]),
        ("next Friday", ["next Friday | weekday | 2025-10-31 | weekday 5"]),
        ("last week", ["last week | relative | 2025-10-20..2025-10-26"]),
        ("next year", ["next year | relative | 2026-01-01..2026-12-31"]),
        ("last year", ["last year | relative | 2024-01-01..2024-12-31"]),
        ("this month", ["this month | relative | 2025-10-01..2025-10-31"]),
        ("two weeks ago", ["two weeks ago | relative | 2025-10-13..2025-10-19"]),
        ("a year ago", ["a year ago | relative | 2024-01-01..2024-12-31"]),
        ("3 days ago", ["3 days ago | relative | 2025-10-25"]),
        ("earlier this year", ["earlier this year | relative | 2025-01-01..2025-10-28"]),
        ("later this month", ["later this month | relative | 2025-10-28..2025-10-31"]),
        ("yesterday and tomorrow", ["yesterday | relative | 2025-10-27", "tomorrow | relative | 2025-10-29"]),
        // Traps: no dates here.
        ("Ford F-150 trucks", []),
        ("a deal valued at $1.6 billion", []),
        ("the world's No. 3 carmaker", []),
        ("250 cherry trees", []),
        ("1.37 million vehicles", []),
        ("$2025 in cash", []),
        ("6,000 sailors and 18,000 feet", []),
        ("two years ahead of schedule", []),
        ("you may go in May", []),
        ("February 30, 2025", ["February 30, 2025 | date"]),
    ]

    /// "Sun-Synchronous" in a title-case headline is a compound, not a Sunday.
    @Test func aWeekdayAbbreviationOpeningACompoundIsNoWeekday() {
        #expect(Self.describe("Satellite Drops Into Sun-Synchronous Orbit") == [])
        #expect(Self.describe("The vote is on Sun, the board said.").count == 1)
    }

    @Test(arguments: cases)
    func extracts(_ text: String, _ expected: [String]) {
        #expect(Self.describe(text) == expected, "\(text)")
    }

    @Test func calendarArithmetic() {
        #expect(CivilDate.weekday(CivilDate.days(2025, 10, 28)) == 2)
        #expect(CivilDate.weekday(CivilDate.days(1969, 7, 20)) == 0)
        #expect(CivilDate.weekday(CivilDate.days(1776, 7, 4)) == 4)
        #expect(CivilDate.civil(CivilDate.days(2024, 2, 29)) == (2024, 2, 29))
        #expect(!CivilDate.isValid(2025, 2, 29))
    }

    @Test func articleDates() {
        func date(_ text: String, fallback: Int? = nil) -> String? {
            let d = Document(path: "t", contents: text, lexicon: Self.lexicon)
            return ArticleDate.detect(d, extractor: Self.extractor, fallback: fallback).map(Self.iso)
        }
        #expect(date("- The Washington Times - Tuesday, October 28, 2025\n\nText.") == "2025-10-28")
        #expect(date("Kicker\n\nHeadline\nByline\n28/10/2025\n2 min\n\nText.") == "2025-10-28")
        #expect(date(" date 2025-10-28 Your support helps us tell the story, read more and donate today please") == "2025-10-28")
        #expect(date("TOKYO, Oct 28 (Reuters) – Leaders met.", fallback: CivilDate.days(2025, 1, 1)) == "2025-10-28")
        #expect(date("TOKYO, Oct 28 (Reuters) – Leaders met.") == nil)
        #expect(date("No date here.", fallback: Self.reference) == "2025-10-28")
        #expect(date("No date here.") == nil)
    }
}

@Suite struct DatesRuleTests {
    let rules = try! rule("""
    {
      kind: "dates",
      referenceDate: "2025-10-28",
      events: [
        { name: "the abductions", anchors: ["abducted"], period: "1977..1983" },
        { name: "the last visit", anchors: ["last visit"], year: 2019 },
        { name: "the founding", anchors: ["founded"] },
      ],
      anniversaries: [{ name: "US independence", anchors: ["anniversary of US independence"], year: 1776 }],
    }
    """)

    @Test func weekdaysInEveryForm() {
        assertFindings(rules, """
        It landed on 1️⃣Monday, July 20, 1969. It landed on Sunday, July 20, 1969.
        Talks on 2️⃣Wednesday, 28 October 2025 and on Tuesday, 28 October 2025.
        Signed 3️⃣Friday 2025-10-28, or Tuesday 2025-10-28, filed 4️⃣Mon. 28/10/2025 or Tue. 28/10/2025.
        Then 5️⃣Thursday (Oct. 29) or Wednesday (Oct. 29). Filed 6️⃣February 29, 2025.
        """, [
            "6️⃣": "'February 29, 2025' is not a date: February 2025 has 28 days, not 29",
            "1️⃣": "July 20, 1969 was a Sunday, not a Monday",
            "2️⃣": "October 28, 2025 was a Tuesday, not a Wednesday",
            "3️⃣": "October 28, 2025 was a Tuesday, not a Friday",
            "4️⃣": "October 28, 2025 was a Tuesday, not a Monday",
            "5️⃣": "October 29, 2025 was a Wednesday (year from the article date), not a Thursday",
        ])
    }

    @Test func eventPeriods() {
        assertFindings(rules, """
        Citizens abducted in the 1️⃣1960s and 1970s. Others abducted in the 1970s and 1980s, and one abducted in 1977.
        Since his last visit in 2️⃣2009. Since his last visit in 2019. In 2009 he sang.
        """, [
            "1️⃣": "the abductions took place in 1977–1983; found '1960s and 1970s' (the 1960s outside it)",
            "2️⃣": "the last visit took place in 2019; found '2009'",
        ])
    }

    @Test func eachAnchorClaimsOnlyItsNearestDate() throws {
        let abe = try rule("{ kind: 'dates', events: [{ name: 'the assassination', anchors: ['assassinated'], year: 2022 }] }")
        assertFindings(abe, "Abe, assassinated in 2022, first met Trump after the 2016 election.", [:])
        assertFindings(abe, "Abe, assassinated in 1️⃣2012, first met Trump after the 2016 election.",
                       ["1️⃣": "the assassination took place in 2022; found '2012'"])
    }

    @Test func anniversaries() {
        assertFindings(rules, [
            "date 2025-10-28\nTrees mark the 250th anniversary of US independence next year.",
            "date 2025-10-28\nTrees mark the 250th anniversary of US independence 1️⃣this year.",
        ], ["1️⃣": "the 250th anniversary of US independence (1776) falls in 2026; found 'this year' (2025)"])
    }

    @Test func eventsWithoutADateCompareArticles() {
        assertFindings(rules, [
            "The firm was founded in 1990.", "It was founded in 1990.", "Founded in 1990, it grew.", "It was founded in 1️⃣1999.",
        ], ["1️⃣": "the founding: found '1999', but 3 other articles report '1990'"])
    }

    @Test func undatedArticlesSkipRelativeChecksSilently() throws {
        let noFallback = try rule("{ kind: 'dates', anniversaries: [{ name: 'US independence', anchors: ['anniversary of US independence'], year: 1776 }] }")
        assertFindings(noFallback, "The 250th anniversary of US independence this year, on Wednesday.", [:])
    }

    @Test func badSettingsAreRejected() {
        func error(_ json: String) -> String {
            do { _ = try rule(json, id: "d"); return "loaded" } catch { return "\(error)" }
        }
        #expect(error("{ kind: 'dates', referenceDate: '28 Oct' }") == "d.json5: referenceDate: '28 Oct' is not a date; write YYYY-MM-DD")
        #expect(error("{ kind: 'dates', events: [{ name: 'x', anchors: ['a'], period: '1983..1977' }] }")
                == "d.json5: events[0].period: '1983..1977' is not a period; write FIRST..LAST years, e.g. \"1977..1983\"")
        #expect(error("{ kind: 'dates', events: [{ name: 'x', anchors: ['a'], year: 2019, date: '2019-01-01' }] }")
                == "d.json5: events[0].period: give one of year, quarter, month, date or period, not several")
        #expect(error("{ kind: 'dates', slashDates: 'sideways' }") == "d.json5: slashDates: 'sideways' is not one of: day-first, month-first")
    }
}
