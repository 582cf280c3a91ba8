@testable import FactlintCore
import Testing

/// Areas, volumes and temperatures (issue #13): read after a figure, converted between
/// units within the precision each figure is written to, and named in a rule's `unit`.
@Suite struct AreaVolumeTemperatureTests {
    static func describe(_ text: String) -> [String] { QuantityReaderTests.describe(text) }
    static func q(_ text: String) -> Quantity { UnitsAndNumbersTests.q(text) }

    @Test func areasAreRead() {
        #expect(Self.describe("the blaze scorched 7,500 acres of scrub") == ["7,500 acres | acre | 7500 | exact"])
        #expect(Self.describe("a reserve of 640 hectares") == ["640 hectares | ha | 640 | exact"])
        #expect(Self.describe("the lake covers 12 km² today") == ["12 km² | km² | 12 | exact"])
        #expect(Self.describe("a 3.2 square mile zone") == ["3.2 square mile | mi² | 3.2 | exact"])
        #expect(Self.describe("flats of 450 sq ft") == ["450 sq ft | ft² | 450 | exact"])
        #expect(Self.describe("a 90 m2 studio") == ["90 m2 | m² | 90 | exact"])
        #expect(Self.describe("a 2,000-acre ranch") == ["2,000-acre | acre | 2000 | exact"])
    }

    @Test func volumesAreRead() {
        #expect(Self.describe("the cistern holds 9,000 litres") == ["9,000 litres | l | 9000 | exact"])
        #expect(Self.describe("spilled 300 gallons") == ["300 gallons | gal | 300 | exact"])
        #expect(Self.describe("pumped 40 m³ an hour") == ["40 m³ | m³ | 40 | exact"])
        #expect(Self.describe("12 cubic metres of gravel") == ["12 cubic metres | m³ | 12 | exact"])
        #expect(Self.describe("output of 1.2 million barrels a day") == ["1.2 million barrels | bbl | 1200000 | exact"])
    }

    @Test func temperaturesAreReadInEveryCommonSpelling() {
        #expect(Self.describe("the mercury hit 34C on Sunday") == ["34C | °C | 34 | exact"])
        #expect(Self.describe("a low of 14 °C and a high of 68°F") == ["14 °C | °C | 14 | exact", "68°F | °F | 68 | exact"])
        #expect(Self.describe("water boils at 212 degrees Fahrenheit") == ["212 degrees Fahrenheit | °F | 212 | exact"])
        #expect(Self.describe("it fell to 3 degrees C overnight") == ["3 degrees C | °C | 3 | exact"])
        #expect(Self.describe("readings of 21℃") == ["21℃ | °C | 21 | exact"])
        #expect(Self.describe("between 18C and 23C") == ["18C and 23C | °C | 18..23 | range"])
    }

    @Test func labelsAndBareDegreesAreNotTemperatures() {
        #expect(Self.describe("board at Gate 4C") == ["4 | count | 4 | exact"])
        #expect(Self.describe("a 90 degree turn") == ["90 | count | 90 | exact"])
    }

    @Test func areasConvertWithinWrittenPrecision() {
        let exact = Tolerance.exact
        #expect(exact.agree(Self.q("86,000 acres"), Self.q("34,800 hectares")))
        #expect(!exact.agree(Self.q("86,000 acres"), Self.q("44,800 hectares")))
        #expect(exact.agree(Self.q("22 square miles"), Self.q("57 km²")))
        #expect(exact.agree(Self.q("3 hectares"), Self.q("30,000 square metres")))
    }

    @Test func temperaturesConvertAffinely() {
        let exact = Tolerance.exact
        #expect(exact.agree(Self.q("34C"), Self.q("93F")))
        #expect(!exact.agree(Self.q("34C"), Self.q("99F")))
        #expect(exact.agree(Self.q("0 degrees Celsius"), Self.q("32 degrees Fahrenheit")))
        #expect(exact.agree(Self.q("100°C"), Self.q("212°F")))
        #expect(!exact.agree(Self.q("34C"), Self.q("34F")))
    }

    @Test func volumesConvert() {
        let exact = Tolerance.exact
        #expect(exact.agree(Self.q("9,000 litres"), Self.q("2,380 gallons")))
        #expect(!exact.agree(Self.q("10 gallons"), Self.q("10 litres")))
        #expect(exact.agree(Self.q("4 cubic metres"), Self.q("4,000 litres")))
    }

    @Test func ruleUnitsNameAreasVolumesAndTemperatures() {
        #expect(UnitNames.parse("hectares")?.dimension == .area)
        #expect(UnitNames.parse("sq km") == UnitNames.parse("km²"))
        #expect(UnitNames.parse("square miles")?.code == "mi²")
        #expect(UnitNames.parse("litres")?.dimension == .volume)
        #expect(UnitNames.parse("m³")?.dimension == .volume)
        #expect(UnitNames.parse("°C") == UnitNames.celsius)
        #expect(UnitNames.parse("fahrenheit") == UnitNames.fahrenheit)
        #expect(UnitNames.parse("furlongs") == nil)
    }

    static let rules = try! rule("""
    {
      kind: "figures",
      facts: [
        { name: "the burned area", anchors: ["burned", "scorched"], value: "86,000 acres" },
        { name: "the peak temperature", anchors: ["high of", "peaked"], value: "41C" },
      ],
    }
    """)

    @Test func aFactInOneUnitAcceptsTheSameQuantityInAnother() {
        assertFindings(Self.rules, "Flames scorched about 34,800 hectares. The day peaked at 106F.", [:])
    }

    @Test func aFactInOneUnitReportsAWrongFigureInAnother() {
        assertFindings(Self.rules, "Flames scorched 1️⃣44,800 hectares. The day peaked at 2️⃣96F.", [
            "1️⃣": "the burned area is 86,000 acres; found '44,800 hectares'",
            "2️⃣": "the peak temperature is 41C; found '96F'",
        ])
    }
}
