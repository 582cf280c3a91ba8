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

    /// A weekday before ", and a …" is not dated by the words of the next clause.
    @Test func aWeekdayDoesNotVoteForTheNextCoordinatedClause() {
        assertFindings(dates, [
            "date 2025-05-12\nA relief crew from Bodø reached Tromsø yesterday.",
            "date 2025-05-13\nA relief crew from Bodø reached Tromsø on Sunday.",
            "date 2025-05-12\nA relief crew from Bodø reached Tromsø on Sunday.",
            "date 2025-05-14\nPilots began work on Tuesday, and a relief crew from Bodø lands in Tromsø today.",
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

    /// A bare month ("in May") overlaps every day of it: it supports the majority's day, but
    /// corroborates no other day.
    @Test func aMonthCorroboratesNoOtherDay() {
        assertFindings(dates, [
            "date 2025-09-04\nThe Northern Rail Authority suspended all services on Tuesday.",
            "date 2025-09-03\nServices were suspended by the Northern Rail Authority on Tuesday morning.",
            "date 2025-09-05\nOn Tuesday, 2 September, the Northern Rail Authority halted every train.",
            "date 2025-09-05\nThe Northern Rail Authority stopped all trains on 1️⃣Wednesday. The Northern Rail Authority was founded in September.",
        ], ["1️⃣": "'Wednesday' (Northern Rail Authority) in an article dated Friday, September 5, 2025 is September 3, 2025; 3 other articles date it to September 2, 2025"])
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

    /// A name is one key however many words it has, and is matched across articles.
    @Test func aNameKeysTheEventItActsIn() {
        assertFindings(dates, [
            "date 2025-09-04\nThe Northern Rail Authority suspended all services on Tuesday.",
            "date 2025-09-03\nServices were suspended by the Northern Rail Authority on Tuesday morning.",
            "date 2025-09-05\nOn Tuesday, 2 September, the Northern Rail Authority halted every train.",
            "date 2025-09-05\nThe Northern Rail Authority stopped all trains on 1️⃣Wednesday, citing the heat.",
        ], ["1️⃣": "'Wednesday' (Northern Rail Authority) in an article dated Friday, September 5, 2025 is September 3, 2025; 3 other articles date it to September 2, 2025"])
    }

    /// A later event of the story that shares the words of the first: weeks away from the
    /// majority's date and not a whole number of years, it is no slip of the pen.
    @Test func aLaterEventOfTheStoryIsNotASlip() {
        assertFindings(dates, [
            "date 2025-09-04\nThe Northern Rail Authority suspended all services on Tuesday.",
            "date 2025-09-03\nServices were suspended by the Northern Rail Authority on Tuesday morning.",
            "date 2025-09-05\nThe Northern Rail Authority halted every train on 2 September.",
            "date 2025-12-01\nThe Northern Rail Authority restored full services on 14 October.",
        ], [:])
        #expect(EventDateVotes.mistakable(100...100, 102...102))
        #expect(EventDateVotes.mistakable(100...100, 465...465))
        #expect(!EventDateVotes.mistakable(100...100, 140...140))
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
        let named = Document(path: "t", contents: "On Friday the Tallinn Port Authority reopened its ferry terminal.", lexicon: lexicon)
        let keys = reader.keyed(named, extractor.expressions(in: named, reference: 20_000)) { _ in true }
        #expect(keys.map(\.keys) == [["tallinn port authority", "reopen", "ferry", "terminal"]])
    }

    /// "N hours after the breach" measures a later moment from the breach: the date beside it
    /// is that later moment's, so the breach's words are no key of it. The date still votes
    /// under the words of its own clause.
    @Test func aDateMeasuredFromAnEventIsNotThatEventsDate() {
        assertFindings(dates, [
            "date 2025-06-03\nThe Kessel dam breached on Sunday, flooding the valley.",
            "date 2025-06-02\nThe Kessel dam breached yesterday.",
            "date 2025-06-04\nThe Kessel dam breached on 1 June.",
            "date 2025-06-07\nThe last villagers left on Tuesday night, about 50 hours after the dam breached.",
            "date 2025-06-05\nTwo days after the dam breached on Sunday, the water began to fall.",
        ], [:])
        assertFindings(dates, [
            "date 2025-06-03\nThe Kessel dam breached on Sunday, flooding the valley.",
            "date 2025-06-02\nThe Kessel dam breached yesterday.",
            "date 2025-06-04\nThe Kessel dam breached on 1 June.",
            "date 2025-06-05\nTwo days after the dam breached on 1️⃣Saturday, the water began to fall.",
        ], ["1️⃣": "'Saturday' (breached) in an article dated Thursday, June 5, 2025 is May 31, 2025; 3 other articles date it to June 1, 2025"])
    }

    /// "the day before yesterday" is a date, not "N days before X": the words after it are
    /// still its own clause's keys; a real interval's starting point is set aside.
    @Test func theDayBeforeYesterdayIsNoInterval() {
        var lexicon = Lexicon()
        let reader = EventKeyReader(lexicon: &lexicon)
        let extractor = DateExtractor(dayFirst: false, lexicon: &lexicon)
        let d = Document(path: "t", contents: "The ferry was refloated the day before yesterday in Tallinn, two days after the storm.", lexicon: lexicon)
        let keyed = reader.keyed(d, extractor.expressions(in: d, reference: 20_000)) { _ in true }
        #expect(keyed.map(\.words) == [["ferry", "refloated", "Tallinn"]])
        #expect(keyed.map(\.measuredFrom) == [["storm"]])
    }

    /// "at 00:40 local time (2240 GMT on Saturday)": the day in GMT, not the local day the
    /// other articles give; a day written beside a universal clock time does not vote.
    @Test func aDayGivenInGMTDoesNotVoteOnTheLocalDay() {
        assertFindings(dates, [
            "date 2025-08-11\nThe last cave diver surfaced on Sunday, the rescue team said.",
            "date 2025-08-10\nThe last cave diver surfaced today after a night of waiting.",
            "date 2025-08-12\nThe last cave diver surfaced on 10 August.",
            "date 2025-08-10\nThe last cave diver surfaced at 00:40 local time (2240 GMT on Saturday), the rescue team said.",
        ], [:])
    }

    /// "On Thursday, two days after the tremor": the article itself says Thursday is not the
    /// tremor's day, so the dates the others give the tremor are no witnesses against it,
    /// even where both clauses name the same region.
    @Test func aDateInAppositionWithAnIntervalDoesNotContradictItsStartingPoint() {
        assertFindings(dates, [
            "date 2025-09-02\nA strong tremor shook the coast of northern Peru before dawn on Tuesday, officials said.",
            "date 2025-09-03\nThe tremor that shook the coast of northern Peru on 2 September damaged the port.",
            "date 2025-09-04\nRescue crews in northern Peru kept digging on Thursday, two days after a strong tremor shook the coast.",
        ], [:])
    }

    /// A trap: a story's events all happen in one town, so the town's name sits beside every
    /// date. Dates that share only that word are different events, not slips of one.
    @Test func aSettingSharedByEveryEventIsNoEvent() {
        assertFindings(dates, [
            "date 2025-03-10\nThe levee at Marrow Bay failed on Saturday. Crews reached Marrow Bay on Sunday.",
            "date 2025-03-11\nWater poured through the breached levee into Marrow Bay on 8 March.",
            "date 2025-03-12\nSchools in Marrow Bay reopened on Tuesday, four days after the flood.",
            "date 2025-03-13\nThe mayor toured Marrow Bay yesterday with the state governor.",
        ], [:])
    }
}
