@testable import FactlintCore
import Testing

/// `dates` events take `exclude` phrases as `figures` facts do: a broad anchor ("flood")
/// is fenced off from another event it also names ("an unrelated flood").
@Suite struct DateEventExclusionTests {
    static let harbour = """
    { kind: 'dates', weekdays: false, arithmetic: false,
      events: [{ name: 'the harbour flood', anchors: ['flood'], exclude: ['unrelated flood', 'earlier flood'], year: 2024 }] }
    """

    @Test func anExcludedPhraseKeepsItsAnchorFromDatingTheEvent() throws {
        assertFindings(try rule(Self.harbour), [
            "The harbour wall was raised after an unrelated flood in 2009.",
            "An earlier flood in 1998 had closed the quay for a month.",
        ], [:])
    }

    @Test func theAnchorOutsideTheExcludedPhraseStillDatesTheEvent() throws {
        assertFindings(try rule(Self.harbour), [
            "The flood of 2024 closed the quay.",
            "The flood of 1️⃣2023 closed the quay.",
        ], ["1️⃣": "the harbour flood took place in 2024; found '2023'"])
    }

    @Test func anExcludePhraseMustHaveWords() {
        #expect(throws: (any Error).self) {
            try rule("{ kind: 'dates', events: [{ name: 'x', anchors: ['flood'], exclude: [' '], year: 2024 }] }")
        }
    }
}
