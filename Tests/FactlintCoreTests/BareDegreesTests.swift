@testable import FactlintCore
import Testing

/// "19 degrees" with no scale (issue #13): a temperature in the scale its article writes, or
/// its fact's, or the other articles'; an explicit "°F" or "Fahrenheit" still converts.
@Suite struct BareDegreesTests {
    static func describe(_ text: String) -> [String] { QuantityReaderTests.describe(text) }

    @Test func bareDegreesAreATemperatureOfOpenScale() {
        #expect(Self.describe("the greenhouse is kept at 19 degrees") == ["19 degrees | degrees | 19 | exact"])
    }

    @Test func theArticlesOwnScaleIsAssumed() {
        #expect(Self.describe("It reached 31C at noon and fell to 19 degrees at night.")
            == ["31C | °C | 31 | exact", "19 degrees | °C | 19 | exact"])
        #expect(Self.describe("It reached 88°F at noon and fell to 66 degrees at night.")
            == ["88°F | °F | 88 | exact", "66 degrees | °F | 66 | exact"])
    }

    @Test func aBracketedConversionSettlesTheScale() {
        #expect(Self.describe("It reached 88 degrees (31C) and 31C (88 degrees); then 19 degrees.")
            == ["88 degrees | °F | 88 | exact", "31C | °C | 31 | exact", "31C | °C | 31 | exact", "88 degrees | °F | 88 | exact",
                "19 degrees | °C | 19 | exact"])
    }

    @Test func anglesAndAdjectivesAreNotTemperatures() {
        #expect(Self.describe("the ship turned to 90 degrees north") == ["90 | count | 90 | exact"])
        #expect(Self.describe("a 45 degree slope and a 30-degree bend") == ["45 | count | 45 | exact", "30 | count | 30 | exact"])
        #expect(Self.describe("she holds two degrees in law") == ["two | count | 2 | exact"])
    }

    static let greenhouse = """
    { kind: 'figures', magnitudes: false,
      facts: [{ name: 'the greenhouse temperature', anchors: ['greenhouse'], value: '19°C' }] }
    """

    @Test func aBareFigureTakesTheFactsScale() throws {
        assertFindings(try rule(Self.greenhouse), [
            "The greenhouse is kept at 19 degrees.",
            "The greenhouse is kept at 66 degrees.", // American copy: Fahrenheit, not a slip of 19°C
            "The greenhouse is kept at 66°F.",
            "The greenhouse is kept at 66 degrees Fahrenheit.",
            "The greenhouse is kept at 1️⃣91 degrees.",
        ], ["1️⃣": "the greenhouse temperature is 19°C; found '91 degrees'"])
    }

    @Test func aFahrenheitFactReadsBareDegreesInFahrenheit() throws {
        let rules = try rule("""
        { kind: 'figures', magnitudes: false,
          facts: [{ name: 'the greenhouse temperature', anchors: ['greenhouse'], value: '66°F' }] }
        """)
        assertFindings(rules, [
            "The greenhouse is kept at 66 degrees.",
            "The greenhouse is kept at 19°C.",
            "The greenhouse is kept at 1️⃣68 degrees.",
        ], ["1️⃣": "the greenhouse temperature is 66°F; found '68 degrees'"])
    }

    @Test func bareDegreesVoteWithTheScaleTheOtherArticlesWrite() throws {
        let measures = try rule(#"{ kind: "measures" }"#)
        let majority = [
            "The orchid greenhouse held a steady 19°C through the cold snap.",
            "Through the cold snap the orchid greenhouse held a steady 19°C.",
        ]
        assertFindings(measures, majority + ["The orchid greenhouse held a steady 19 degrees through the cold snap."], [:])
        // In Fahrenheit, as American copy writes it, it states the same value.
        assertFindings(measures, majority + ["The orchid greenhouse held a steady 66 degrees through the cold snap."], [:])
        assertFindings(measures, majority + ["The orchid greenhouse held a steady 1️⃣24 degrees through the cold snap."], [
            "1️⃣": "found '24 degrees', but 2 other articles report '19°C' in the same context (cold, greenhouse, held, orchid)",
        ])
    }
}
