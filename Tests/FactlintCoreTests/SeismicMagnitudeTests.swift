@testable import FactlintCore
import Testing

/// Earthquake magnitudes written with the scale's letters (issue #13): one figure each,
/// with the letters in its span, so a wrong one is reported as written.
@Suite struct SeismicMagnitudeTests {
    static func describe(_ text: String) -> [String] { QuantityReaderTests.describe(text) }

    @Test func scaleLettersAndTheNumberAreOneFigure() {
        #expect(Self.describe("an M4.7 tremor shook the valley") == ["M4.7 | count | 4.7 | exact"])
        #expect(Self.describe("an M 4.7 tremor shook the valley") == ["M 4.7 | count | 4.7 | exact"])
        #expect(Self.describe("the Mw 5.3 shock was felt in town") == ["Mw 5.3 | count | 5.3 | exact"])
        #expect(Self.describe("the Mw5.3 shock was felt in town") == ["Mw5.3 | count | 5.3 | exact"])
        #expect(Self.describe("seismologists put it at ML 3.25") == ["ML 3.25 | count | 3.25 | exact"])
    }

    @Test func hyphenatedMagnitudesAreFigures() {
        #expect(Self.describe("a magnitude-4.7 tremor shook the valley") == ["4.7 | count | 4.7 | exact"])
        #expect(Self.describe("a 4.7-magnitude tremor shook the valley") == ["4.7 | count | 4.7 | exact"])
    }

    @Test func roadsAndModelNamesAreNotMagnitudes() {
        #expect(Self.describe("traffic on the M4 and the M25.") == [])
        #expect(Self.describe("the M 25 bus") == ["25 | count | 25 | exact"])
        #expect(Self.describe("a queue on the M4. Then rain") == [])
        #expect(Self.describe("an F-35 landed") == [])
    }

    static let tremor = """
    { kind: 'figures', magnitudes: false,
      facts: [{ name: 'the magnitude of the tremor', anchors: ['tremor', 'shock'], value: '4.7' }] }
    """

    @Test func aWrongMagnitudeIsReportedAsWritten() throws {
        assertFindings(try rule(Self.tremor), [
            "An M4.7 tremor shook the valley. The Mw 4.7 shock cut power.",
            "A magnitude-4.7 tremor shook the valley.",
            "An 1️⃣M7.4 tremor shook the valley. The 2️⃣Mw 4.2 shock cut power.",
            "A magnitude-3️⃣7.4 tremor shook the valley.",
        ], [
            "1️⃣": "the magnitude of the tremor is 4.7; found 'M7.4'",
            "2️⃣": "the magnitude of the tremor is 4.7; found 'Mw 4.2'",
            "3️⃣": "the magnitude of the tremor is 4.7; found '7.4'",
        ])
    }
}
