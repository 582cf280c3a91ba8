@testable import FactlintCore
import Testing

/// The tense that picks a bare weekday's week: a present verb of intent looks ahead, an
/// irregular past looks back, and a name's capitalized words do not use up the words the
/// reader looks ahead. Article dated Saturday 14 March 2026.
@Suite struct WeekdayTenseTests {
    func weekdays(_ text: String) -> [String] { IndefiniteWeekdayTests.weekdays(text, reference: CivilDate.days(2026, 3, 14)) }

    @Test func aPresentVerbOfIntentLooksAhead() {
        #expect(weekdays("The aquarium hopes to reopen on Tuesday, with the shark hall closed.") == ["Tuesday 2026-03-17"])
    }

    @Test func anIrregularPastAfterANameLooksBack() {
        #expect(weekdays("At Monday's briefing, Chief Fire Officer Ann Ross stood beside the mayor.") == ["Monday 2026-03-09"])
    }

    /// Traps: the regular readings stay as they were.
    @Test func plainTensesStillDecide() {
        #expect(weekdays("The aquarium will reopen on Tuesday.") == ["Tuesday 2026-03-17"])
        #expect(weekdays("The aquarium reopened on Tuesday.") == ["Tuesday 2026-03-10"])
        #expect(weekdays("The aquarium had hoped to reopen on Tuesday.") == ["Tuesday 2026-03-10"])
    }
}

/// "a week ago yesterday" is one day: yesterday, a week back; not yesterday itself.
@Suite struct AgoYesterdayTests {
    @Test func aWeekAgoYesterdayIsOneDay() {
        let d = Document(path: "t", contents: "At 21:47 a week ago yesterday the ferry struck the rock; three days ago today it was refloated.",
                         lexicon: IndefiniteWeekdayTests.lexicon)
        let found = IndefiniteWeekdayTests.extractor.expressions(in: d, reference: CivilDate.days(2026, 3, 21)).filter { $0.kind == .relative }
        #expect(found.map { "\(d.string($0.bytes)) \($0.interval.map { DateExtractorTests.iso($0.lowerBound) } ?? "")" }
            == ["a week ago yesterday 2026-03-13", "three days ago today 2026-03-18"])
    }
}
