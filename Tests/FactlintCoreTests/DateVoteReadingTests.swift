import FactlintCore
import Testing

/// What a date's clause says in the rule-free vote: a quotation's words are somebody's
/// speech, "would" is the future of a report, and a place every article mentions on several
/// days is the story's setting, not one event. (The quotation and setting cases are clean-text
/// guards; the held-out ferry corpus in eval/ is where both were false warnings.)
@Suite struct DateVoteReadingTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func aQuotationsWordsAreNoKeys() {
        assertFindings(dates, [
            "date 2026-03-14\nThe crew did what the captain asked of them on Friday night, passengers said.",
            "date 2026-03-15\nPassengers said the crew did what was asked of them on Friday night.",
            "date 2026-03-16\nThe crew did everything asked of them on Friday, passengers said.",
            "date 2026-03-21\n“The crew did what we asked of them,” the captain said in a statement on Wednesday.",
        ], [:])
    }

    @Test func wouldIsTheFutureOfAReport() {
        assertFindings(dates, [
            "date 2026-03-16\nThe salvage tug refloated the ferry today.",
            "date 2026-03-17\nThe salvage tug refloated the ferry yesterday.",
            "date 2026-03-21\nThe salvage tug refloated the ferry on Monday 16 March.",
            "date 2026-03-14\nExperts said the salvage tug would attempt to refloat the ferry on Monday.",
        ], [:])
    }

    @Test func aPlaceOnSeveralDaysIsTheSetting() {
        assertFindings(dates, [
            "date 2026-03-14\nThe ferry struck the rock off Ålesund on Friday. Survivors reached Ålesund on Saturday.",
            "date 2026-03-15\nThe ferry ran aground near Ålesund on Friday. Buses took survivors to Ålesund yesterday.",
            "date 2026-03-16\nOn Friday the ferry grounded west of Ålesund; survivors were in Ålesund on Saturday.",
            "date 2026-03-21\nIn a hotel in Ålesund on Thursday, a retired teacher described the calm.",
        ], [:])
    }
}
