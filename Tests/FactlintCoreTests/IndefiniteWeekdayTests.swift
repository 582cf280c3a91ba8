@testable import FactlintCore
import Testing

/// "on a hot Saturday", "every Tuesday": a weekday after an indefinite article or a word of
/// recurrence names no particular day, so it is not resolved against the article's date
/// (a retrospective's "on a hot Saturday at the stadium" is not the Saturday before it).
@Suite struct IndefiniteWeekdayTests {
    static let (extractor, lexicon): (DateExtractor, Lexicon) = {
        var lexicon = Lexicon()
        let extractor = DateExtractor(dayFirst: false, lexicon: &lexicon)
        return (extractor, lexicon)
    }()

    /// Each weekday of `text` as written, with the day it resolves to in an article of `reference`.
    static func weekdays(_ text: String, reference: Int) -> [String] {
        let d = Document(path: "t", contents: text, lexicon: lexicon)
        return extractor.expressions(in: d, reference: reference).filter { $0.kind == .weekday }
            .map { "\(d.string($0.bytes)) \($0.interval.map { DateExtractorTests.iso($0.lowerBound) } ?? "unresolved")" }
    }

    func weekdays(_ text: String) -> [String] { Self.weekdays(text, reference: CivilDate.days(2030, 5, 24)) }

    @Test func aWeekdayAfterAnIndefiniteArticleNamesNoDay() {
        #expect(weekdays("Six years ago today, on a hot Saturday at the stadium, the club won the cup.") == ["Saturday unresolved"])
        #expect(weekdays("The market opens every Tuesday and on a Friday in summer.") == ["Tuesday unresolved", "Friday unresolved"])
    }

    /// Clean: a plain weekday still resolves against the article's date.
    @Test func aPlainWeekdayStillResolves() {
        #expect(weekdays("The club won the cup on Saturday.") == ["Saturday 2030-05-18"])
    }
}
