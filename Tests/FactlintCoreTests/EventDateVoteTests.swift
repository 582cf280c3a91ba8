@testable import FactlintCore
import Testing

/// Rule-free event dates: the articles vote on the day of each event (keyed by the words of
/// the date's clause), relative dates resolved against each article's own date and tense.
@Suite struct EventDateVoteTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func relativeDateThatResolvesToAnotherDayIsTheOutlier() {
        assertFindings(dates, [
            "date 2025-05-11\nThe old rail bridge collapsed into the river on Sunday, officials said.",
            "date 2025-05-12\nThe rail bridge collapsed yesterday afternoon after days of flooding.",
            "date 2025-05-13\nThe rail bridge collapsed on 11 May, cutting the town in two.",
            "date 2025-05-12\nThe rail bridge collapsed on 1️⃣Saturday after days of flooding.",
        ], ["1️⃣": "'Saturday' (bridge) in an article dated Monday, May 12, 2025 is May 10, 2025; 3 other articles date it to May 11, 2025"])
    }

    @Test func writtenDateOfAnotherYearIsTheOutlier() {
        assertFindings(dates, [
            "date 2025-05-11\nThe rail bridge collapsed on Sunday.",
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2026-05-11\nA year ago the town lost its rail bridge, which collapsed on 1️⃣11 May 2024.",
            "date 2025-05-13\nThe rail bridge collapsed on 11 May.",
        ], ["1️⃣": "'11 May 2024' (collapsed) is May 11, 2024; 3 other articles date it to May 11, 2025"])
    }

    /// Clean text: relative dates written on different days that all name the same day.
    @Test func correctRelativeDatesAgree() {
        assertFindings(dates, [
            "date 2025-05-11\nThe rail bridge collapsed this morning.",
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2025-05-14\nThe rail bridge collapsed on Sunday.",
            "date 2025-05-15\nThe rail bridge collapsed last Sunday, and engineers arrive next Monday.",
            "The rail bridge collapsed on 11 May 2025.",
        ], [:])
    }

    @Test func scheduledWeekdayLooksForward() {
        assertFindings(dates, [
            "date 2025-05-14\nWork on a temporary crossing begins Monday, the council said.",
            "date 2025-05-15\nWork on a temporary crossing will begin on Monday.",
            "date 2025-05-16\nWork on a temporary crossing starts on Monday 19 May.",
        ], [:])
    }

    /// Dates of different events share words ("bridge"): an article that gives the majority's
    /// date and another one is speaking of two events, and a date decades away is another one.
    @Test func datesOfDifferentEventsAreNotOutliers() {
        assertFindings(dates, [
            "date 2025-05-12\nThe bridge collapsed yesterday. The bridge had been inspected on 2 April.",
            "date 2025-05-12\nThe bridge collapsed on Sunday.",
            "date 2025-05-13\nThe bridge collapsed on 11 May. The bridge opened on 4 June 1961.",
            "date 2025-05-14\nThe bridge collapsed on Sunday. The bridge was last inspected on 2 April.",
        ], [:])
    }

    /// A retrospective written years later: its "last month" is no date of the event.
    @Test func retrospectiveLastMonthIsNotTheEventDate() {
        assertFindings(dates, [
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2025-05-12\nThe rail bridge collapsed on Sunday.",
            "date 2025-05-13\nThe rail bridge collapsed on 11 May.",
            "date 2027-06-10\nTwo years after it fell, the new rail bridge opened last month.",
        ], [:])
    }

    @Test func deadlinesAndSpanEdgesDoNotVote() {
        assertFindings(dates, [
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2025-05-12\nThe rail bridge collapsed on Sunday.",
            "date 2025-05-13\nThe rail bridge collapsed on 11 May.",
            "date 2025-05-14\nThe rail bridge must be rebuilt by the end of June 2026, and stays shut until Friday.",
        ], [:])
    }

    @Test func aTieIsNoFinding() {
        assertFindings(dates, [
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2025-05-12\nThe rail bridge collapsed on Sunday.",
            "date 2025-05-13\nThe rail bridge collapsed on 10 May.",
            "date 2025-05-14\nThe rail bridge collapsed on 10 May.",
        ], [:])
    }

    @Test func twoArticlesAreNoVote() {
        assertFindings(dates, [
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2025-05-13\nThe rail bridge collapsed on 10 May.",
        ], [:])
    }

    @Test func aSlashedDateWhoseOrderIsUnknownDoesNotVote() {
        assertFindings(dates, [
            "date 2025-05-12\nThe rail bridge collapsed yesterday.",
            "date 2025-05-12\nThe rail bridge collapsed on Sunday.",
            "date 2025-05-13\nThe rail bridge collapsed on 11 May.",
            "The rail bridge collapsed on 05/11/2025.",
            "The rail bridge collapsed on 11/05/2025.",
        ], [:])
    }

    @Test func keysFoldWordFormsAndKeepCompounds() {
        #expect(EventKeyReader.stem("fined") == EventKeyReader.stem("fines"))
        #expect(EventKeyReader.stem("repairs") == EventKeyReader.stem("repaired"))
        #expect(EventKeyReader.stem("struck") == "struck")
        var lexicon = Lexicon()
        let reader = EventKeyReader(lexicon: &lexicon)
        let extractor = DateExtractor(dayFirst: false, lexicon: &lexicon)
        let d = Document(path: "t", contents: "The semi-final was played on 26 April 2025.", lexicon: lexicon)
        let keyed = reader.keyed(d, extractor.expressions(in: d, reference: nil)) { _ in true }
        #expect(keyed.map(\.words) == [["semi-final", "played"]])
    }
}
