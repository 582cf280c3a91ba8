import FactlintCore
import Testing

/// A person's name is no event: what one article says she did on Tuesday does not
/// contradict what two others say she did on Saturday, unless they share an event word
/// (or three articles put the name on one day: `EventDateVoteTests`).
@Suite struct NameKeyVoteTests {
    let dates = try! rule("{ kind: 'dates' }")

    @Test func aNameAloneDoesNotMakeTheDatesOneEvent() {
        assertFindings(dates, [
            "date 2026-03-14\nChief executive Sigrun Voll told reporters on Saturday that the ferry was safe.",
            "date 2026-03-15\nSigrun Voll told reporters yesterday that the ferry was safe.",
            "date 2026-03-21\nSigrun Voll met the families of the victims on Tuesday.",
        ], [:])
    }

    @Test func aNameWithAnEventWordStillVotes() {
        assertFindings(dates, [
            "date 2026-03-14\nSigrun Voll resigned on Saturday after the grounding.",
            "date 2026-03-15\nSigrun Voll resigned yesterday after the grounding.",
            "date 2026-03-21\nSigrun Voll resigned on 1️⃣Sunday after the grounding.",
        ], ["1️⃣": "'Sunday' (grounding) in an article dated Saturday, March 21, 2026 is March 15, 2026; 2 other articles date it to March 14, 2026"])
    }
}
