@testable import FactlintCore
import Testing

/// "12/03/2026" reads either way. With no rule to say which, the document's own evidence
/// settles it: another slashed date with a number above 12, or the time zone printed beside
/// it (Central European Time beside a day-first date, Eastern Time beside a month-first one).
/// A date whose order is settled dates the article and votes like any other.
@Suite struct SlashOrderTests {
    static let (extractor, lexicon): (DateExtractor, Lexicon) = {
        var lexicon = Lexicon()
        let extractor = DateExtractor(dayFirst: false, lexicon: &lexicon)
        return (extractor, lexicon)
    }()

    func articleDate(_ text: String) -> String? {
        let d = Document(path: "t", contents: text, lexicon: Self.lexicon)
        return ArticleDate.detect(d, extractor: Self.extractor, fallback: nil, ambiguousSlashes: false).map(DateExtractorTests.iso)
    }

    @Test func aTimeZoneBesideASlashedDateSettlesItsOrder() {
        #expect(articleDate("Ferry strike ends\n11/03/2026 · 09:40 CET · Business desk\n\nText.") == "2026-03-11")
        #expect(articleDate("Ferry strike ends\n03/11/2026 9:40 AM EDT | Business desk\n\nText.") == "2026-03-11")
    }

    @Test func anotherDateOfTheDocumentSettlesTheOrder() {
        #expect(articleDate("Ferry strike ends\n11/03/2026 · Business desk\n\nThe strike, which began on 27/02/2026 at the port of Gdynia, has cost the operator its busiest weeks of the winter.") == "2026-03-11")
    }

    /// Clean: nothing tells the order, so the date dates nothing (no guess).
    @Test func anUnsettledSlashedDateDatesNothing() {
        #expect(articleDate("Ferry strike ends\n11/03/2026 · 09:40 UTC · Business desk\n\nText.") == nil)
    }

    /// The weekday of a day-first masthead resolves the story's "on Tuesday", and the vote
    /// finds the article whose Tuesday is not the day the others give.
    @Test func aSettledMastheadDateResolvesTheWeekdaysOfTheStory() throws {
        assertFindings(try rule("{ kind: 'dates' }"), [
            "The Baltic ferry operator was fined on 10 March 2026 for late safety reports.",
            "March 11, 2026\nThe Baltic ferry operator was fined on Tuesday for late safety reports.",
            "The Baltic ferry operator was fined yesterday for late safety reports.\nDated 2026-03-11.",
            "12/03/2026 · 14:05 CET · Markets\n\nThe Baltic ferry operator was fined on 1️⃣Monday for late safety reports.",
        ], ["1️⃣": "'Monday' (Baltic) in an article dated Thursday, March 12, 2026 is March 9, 2026; 3 other articles date it to March 10, 2026"])
    }
}
