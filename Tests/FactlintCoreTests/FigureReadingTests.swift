@testable import FactlintCore
import Testing

/// Numbers that are not figures, and one figure in alternative formats: what the reader
/// must get right before any binding or voting.
@Suite struct FigureReadingTests {
    static func describe(_ text: String) -> [String] { QuantityReaderTests.describe(text) }

    @Test func timesOfDayAreNotFigures() {
        #expect(Self.describe("The ferry left at 6.45am and docked at 9.10 p.m. with 212 passengers.") == ["212 | count | 212 | exact"])
        #expect(Self.describe("The storm made landfall at 0230 GMT, 3 hours late.") == ["3 hours | hours | 3 | exact"])
    }

    @Test func dottedDatesAndLeadingZeroCodesAreNotFigures() {
        #expect(Self.describe("The pier reopened on 14.06.2024 after 18 months.") == ["18 months | months | 18 | exact"])
        #expect(Self.describe("Flight 0042 carried 96 people.") == ["96 | count | 96 | exact"])
        #expect(Self.describe("Firmware 2.4.1 fixed 0.5 km of track sensors.") == ["0.5 km | km | 0.5 | exact"])
    }

    /// Alternative formats of one figure, including a converted length in brackets.
    @Test func alternativeFormatsAgree() {
        let formats = ["$1.2 billion", "$1,200 million", "1.2bn dollars"]
        for a in formats { for b in formats { #expect(Tolerance.exact.agree(UnitsAndNumbersTests.q(a), UnitsAndNumbersTests.q(b))) } }
        #expect(Self.describe("The trail runs 15 miles (24 km) along the ridge.") == ["15 miles | mi | 15 | exact", "24 km | km | 24 | exact"])
        #expect(Tolerance.exact.agree(UnitsAndNumbersTests.q("15 miles"), UnitsAndNumbersTests.q("24 km")))
    }
}
