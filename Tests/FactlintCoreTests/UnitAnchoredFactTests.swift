import FactlintCore
import Testing

/// A count fact whose every anchor names one measure unit ("hectares", "ha") is a value in
/// that unit: the number of hectares is an area. Any figure in that unit binds to it, so
/// only a slip in the digits is reported.
@Suite struct UnitAnchoredFactTests {
    let rules = try! rule("""
    {
      kind: "figures",
      facts: [
        { name: "The flooded area", anchors: ["hectares", "ha"], unit: "count", value: "27,400", tolerance: "1%" },
        { name: "The hottest day", anchors: ["°C", "Celsius"], unit: "count", value: "41.6", tolerance: "0.5%" },
      ],
    }
    """)

    @Test func swappedDigitsInTheUnitAreReported() {
        assertFindings(rules, "By Sunday the river had covered 1️⃣24,700 hectares of farmland.", [
            "1️⃣": "The flooded area is 27,400; found '24,700 hectares'",
        ])
    }

    @Test func theFactsValueInTheUnitPasses() {
        assertFindings(rules, "By Sunday the river had covered 27,400 hectares of farmland; it was 41.6°C on Monday.", [:])
    }

    /// Another figure in the unit that is no slip in the digits is another quantity.
    @Test func anotherFigureInTheUnitIsNotReported() {
        assertFindings(rules, "Crews worked in heat that never fell below 33°C. Some 900 hectares of vineyards were lost.", [:])
    }

    /// "41.300 hectares" and "38,2 degrees" in translated copy: a thousands dot and a decimal comma.
    @Test func continentalNumberStylesAgree() {
        assertFindings(rules, "Das Wasser bedeckte 27.400 hectares. The thermometer showed 41,6 degrees Celsius.", [:])
    }

    /// A fact whose anchors are not all one unit keeps its count.
    @Test func aCountFactWithWordAnchorsStaysACount() {
        let counts = try! rule("""
        { kind: "figures", facts: [{ name: "The farms flooded", anchors: ["farms", "hectares"], unit: "count", value: "310", tolerance: 0 }] }
        """)
        assertFindings(counts, "The water reached 1️⃣130 farms. It covered 310 hectares.", [
            "1️⃣": "The farms flooded is 310; found '130'",
        ])
    }
}
