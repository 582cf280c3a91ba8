import FactlintCore
import Testing

/// A figures rule with facts keeps the articles' magnitude comparison for a figure the facts
/// do not explain: "valued at £4.8" beside the sale's total is no slip of the total, yet the
/// other articles show it lacks its "million".
@Suite struct MagnitudeBesideFactTests {
    let rules = try! rule("""
    {
      kind: "figures",
      facts: [
        { name: "The sale's total", anchors: ["valued", "sale"], value: "£31 million" },
      ],
    }
    """)
    let majority = [
        "The auction's top lot, the Corran vase, was valued at £4.8 million before the sale.",
        "Before the sale the Corran vase was valued at £4.8m, the auction house said.",
    ]

    @Test func aFigureNoFactExplainsStillNeedsItsMagnitude() {
        assertFindings(rules, majority + ["The Corran vase, valued at 1️⃣£4.8 by the auction house, led the sale."], [
            "1️⃣": "'£4.8' looks like it is missing its magnitude: another article has '£4.8 million' in the same context; expected '£4.8 million'",
        ])
    }

    @Test func theFiguresWithTheirMagnitudePass() {
        assertFindings(rules, majority + ["The Corran vase, valued at £4.8 million by the auction house, led the sale."], [:])
    }
}
