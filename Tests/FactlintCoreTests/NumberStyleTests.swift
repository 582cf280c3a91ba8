@testable import FactlintCore
import Testing

/// A document's number convention (issue #13): decided from its own unambiguous evidence,
/// English when the evidence is mixed or absent.
@Suite struct NumberStyleTests {
    static func document(_ text: String) -> Document { Document(path: "t", contents: text, lexicon: QuantityReaderTests.lexicon) }

    static func values(_ text: String) -> [Double] {
        QuantityReaderTests.extractor.quantities(in: document(text)).map(\.value)
    }

    @Test func cleanEnglishTextStaysEnglish() {
        let text = "Some 1,234 residents left and prices rose 3.5 percent; 12,500 homes lost power."
        #expect(Self.document(text).numberStyle == .english)
        #expect(Self.values(text) == [1234, 3.5, 12500])
    }

    /// "14,5 knots" beside English decimals: a lone comma before one or two digits groups no
    /// thousands, so it is a decimal comma even in a document read the English way.
    @Test func aLoneCommaBeforeOneOrTwoDigitsIsADecimalComma() {
        let text = "The ship made 14,5 knots and 3.5 knots more; 2,75 tonnes and 12,500 tonnes."
        #expect(Self.document(text).numberStyle == .english)
        #expect(Self.values(text) == [14.5, 3.5, 2.75, 12_500])
    }

    @Test func continentalTextReadsDotsAsThousandsAndCommasAsDecimals() {
        let text = "Der Sturm zerstörte 41.300 Hektar Wald, 38,2 Prozent der Fläche; der Schaden liegt bei €1,4 million."
        #expect(Self.document(text).numberStyle == NumberStyle(dotGroups: true, decimalComma: true))
        #expect(Self.values(text) == [41_300, 38.2, 1_400_000])
    }

    @Test func thousandsDotsWithEnglishDecimalsInOneTranslation() {
        // "62.000" (no English writer pads a decimal with zeros) shows the dot groups thousands.
        let text = "A crowd of 62.000 saw the final; 71.455 watched the replay. The club earned 3.5 million."
        #expect(Self.document(text).numberStyle == NumberStyle(dotGroups: true, decimalComma: false))
        #expect(Self.values(text) == [62_000, 71_455, 3_500_000])
    }

    @Test func severalThreeDigitDotsAndNoOtherDecimalMeanThousands() {
        #expect(Self.values("The flood displaced 9.150 people and ruined 1.840 farms.") == [9_150, 1_840])
        #expect(Self.values("A grant of 1.234.567 crowns.") == [1_234_567])
    }

    @Test func mixedOrWeakEvidenceKeepsTheEnglishReading() {
        #expect(Self.document("Tickets for 3,400 fans and a 38,2 share.").numberStyle == .english)
        #expect(Self.document("Bonds paid 4.125% and then 4.375%.").numberStyle == .english)
        #expect(Self.document("Ratios of 0.375 and 1.250 were cited.").numberStyle == .english)
        #expect(Self.values("The rod measured 2.125 metres.") == [2.125])
        #expect(Self.document("The sale of 1,250,000 shares at 62.000 cents.").numberStyle == .english)
    }

    @Test func timesOfDayAreNoEvidence() {
        let text = "Um 4.17am kamen 1.250.000 Besucher, 38,5 Prozent mehr."
        #expect(Self.document(text).numberStyle == NumberStyle(dotGroups: true, decimalComma: true))
        #expect(Self.values(text).suffix(2) == [1_250_000, 38.5])
    }

    @Test func dottedDatesAreNotNumbers() {
        let text = "The bridge reopened on 23.07.2026 with 300 guests; a crowd of 4.000 came on 1.8.26."
        #expect(Self.values(text) == [300, 4_000])
        #expect(Self.document("It closed on 14.02.2025.").numberStyle == .english)
    }

    @Test func continentalFiguresWidenByTheirOwnPrecision() {
        let d = Self.document("Rund 41.300 Hektar brannten, 2,5 Prozent des Waldes.")
        let q = QuantityReaderTests.extractor.quantities(in: d)
        #expect(q.map(\.step) == [100, 0.1])
    }

    static let rules = try! rule("""
    {
      kind: "figures",
      facts: [ { name: "the crowd", anchors: ["crowd"], value: "58,240" } ],
    }
    """)

    @Test func aTranslatedFigureWithThousandsDotsMatchesTheFact() {
        assertFindings(Self.rules, "A crowd of 58.240 filled the stands; 12.000 more watched outside.", [:])
        assertFindings(Self.rules, "A crowd of 1️⃣58.420 filled the stands; 12.000 more watched outside.", [
            "1️⃣": "the crowd is 58,240; found '58.420'",
        ])
    }
}
