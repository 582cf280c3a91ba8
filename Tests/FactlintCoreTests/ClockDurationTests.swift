@testable import FactlintCore
import Testing

/// Durations written as a clock ("2:05:38"): read as seconds, compared to the second, and
/// declarable as a fact; a time of day written so is no figure.
@Suite struct ClockDurationTests {
    static func read(_ text: String) -> [String] {
        readFigures(text) { d, q in "\(d.string(q.bytes)) = \(Int(q.value)) \(q.unit)" }
    }

    @Test func hoursMinutesAndSecondsAreOneDuration() {
        #expect(Self.read("She won the women's race in 2:19:47, a course record.") == ["2:19:47 = 8387 seconds"])
        #expect(Self.read("The relief flight took 11:02:30 (gate to gate).") == ["11:02:30 = 39750 seconds"])
    }

    @Test func twoGroupsWithAUnitAndDurationsInWordsAreOneDuration() {
        #expect(Self.read("She cut the record by 2:23 minutes.") == ["2:23 minutes = 143 seconds"])
        #expect(Self.read("The crossing took 1:45 hours.") == ["1:45 hours = 105 minutes"])
        #expect(Self.read("He finished 2 minutes 33 seconds behind.") == ["2 minutes 33 seconds = 153 seconds"])
        #expect(Self.read("The climb took 1 hour and 20 minutes.") == ["1 hour and 20 minutes = 80 minutes"])
        // A count after the unit that is no smaller unit stays its own figure.
        #expect(Self.read("It took 2 hours 40 people to clear.") == ["2 hours = 2 hours", "40 = 40 count"])
    }

    @Test func clockTimesAndTwoGroupFormsAreNoDuration() {
        #expect(Self.read("She crossed the line at 11:04:47 by the finish clock.") == [])
        #expect(Self.read("The signal was logged 14:32:05 GMT.") == [])
        #expect(Self.read("He had never broken 2:21 before.") == [])
        #expect(Self.read("Minutes 2:75:10 are no clock.") == [])
    }

    let votes = try! rule(#"{ kind: "measures" }"#)

    /// Written to the second, "2:05:57" is not "2:05:51" (the 1% vote tolerance is for
    /// rounding and conversions); the same goes for any two figures of one unit and precision.
    @Test func durationsToTheSecondVoteExactly() {
        let majority = [
            "The Ethiopian was second in the men's race in 2:05:51.",
            "Second in the men's race, the Ethiopian clocked 2:05:51.",
            "The Ethiopian took second in the men's race in 2:05:51.",
        ]
        assertFindings(votes, majority + ["The Ethiopian finished second in the men's race in 1️⃣2:05:57."], [
            "1️⃣": "found '2:05:57', but 3 other articles report '2:05:51' in the same context (ethiopian, men, race)",
        ])
        assertFindings(votes, majority + ["The Ethiopian finished second in the men's race in 2:05:51."], [:])
    }

    @Test func aRuleStatesAClockDuration() {
        let rules = try! rule("""
            { kind: 'figures', facts: [{ name: "the women's winning time", anchors: ['winning time', 'won the women'], value: '2:19:47' }] }
            """)
        assertFindings(rules, "Her winning time of 2:19:47 stands as the course record.", [:])
        assertFindings(rules, "Her winning time of 1️⃣2:19:41 stands as the course record.", [
            "1️⃣": "the women's winning time is 2:19:47; found '2:19:41'",
        ])
    }
}
