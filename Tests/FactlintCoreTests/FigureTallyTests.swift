@testable import FactlintCore
import Testing

/// The other side of a tally ("by six votes to three") is a part of the whole, not a figure
/// that binds to the fact the first number states.
@Suite struct FigureTallyTests {
    let rules = try! rule("""
    { kind: "figures", facts: [{ name: "the board's majority", anchors: ["votes", "majority"], value: "6" }] }
    """)

    /// Trap: both sides of a correct tally.
    @Test func theLosingSideOfATallyIsNotTheMajority() {
        assertFindings(rules, "The board approved the merger by six votes to three.", [:])
        assertFindings(rules, "The motion passed with a majority of 6 votes to 3.", [:])
    }

    @Test func aWrongMajorityIsStillReported() {
        assertFindings(rules, "The board split 1️⃣seven votes to three on the merger.",
                       ["1️⃣": "the board's majority is 6; found 'seven'"])
    }
}
