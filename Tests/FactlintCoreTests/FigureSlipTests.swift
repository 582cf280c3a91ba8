@testable import FactlintCore
import Testing

/// A figure that disagrees with a declared fact is reported only when it looks like a slip
/// for it; a figure nothing like the fact measures something else near the same words.
@Suite struct FigureSlipTests {
    let rules = try! rule("""
    { kind: "figures", facts: [
      { name: "the turnout", anchors: ["turnout"], value: "48,215" },
      { name: "the levy", anchors: ["levy"], value: "2.8%" },
      { name: "the crew", anchors: ["crew"], value: "7" },
      { name: "the bridge's span", anchors: ["span"], value: "420 metres" },
    ] }
    """)

    @Test func slipsAreReported() {
        assertFindings(rules, "The turnout was 1️⃣42,815 on the day.", ["1️⃣": "the turnout is 48,215; found '42,815'"])
        assertFindings(rules, "The levy rose to 1️⃣2.6%.", ["1️⃣": "the levy is 2.8%; found '2.6%'"])
        assertFindings(rules, "A crew of 1️⃣eight boarded.", ["1️⃣": "the crew is 7; found 'eight'"])
        assertFindings(rules, "Its span is 1️⃣460 metres.", ["1️⃣": "the bridge's span is 420 metres; found '460 metres'"])
    }

    /// Trap: another quantity bound by the same words ("the turnout of 61% in 214 towns").
    @Test func figuresNothingLikeTheFactAreNotSlips() {
        assertFindings(rules, "The turnout, 61%, was the lowest since 1990.", [:])
        assertFindings(rules, "The levy raised 1.9 billion.", [:])
        assertFindings(rules, "Its span is 1,300 metres including the approach viaducts.", [:])
    }

    @Test func digitsOfAValue() {
        #expect(FigureSlip.significantDigits(84_612) == Array("84612".utf8))
        #expect(FigureSlip.significantDigits(412_300) == Array("4123".utf8))
        #expect(FigureSlip.significantDigits(0.05) == Array("5".utf8))
        #expect(FigureSlip.significantDigits(.nan) == [])
    }
}
