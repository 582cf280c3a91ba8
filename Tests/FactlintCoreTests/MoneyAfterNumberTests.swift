@testable import FactlintCore
import Testing

/// Currencies and magnitudes written after the number (issue #13): Swedish "Mkr"/"mdkr",
/// report codes such as "MSEK", "27 M€", "27 Mio. €", "CHF 1.2 Mio.", and "kr", which takes
/// the krona its article names. Each binds to a money fact in its currency and magnitude.
@Suite struct MoneyAfterNumberTests {
    static func describe(_ text: String) -> [String] { QuantityReaderTests.describe(text) }

    @Test func swedishAbbreviationsCarryCurrencyAndMagnitude() {
        #expect(Self.describe("the new ferry cost 185 Mkr to build") == ["185 Mkr | SEK | 185000000 | exact"])
        #expect(Self.describe("the port expects 1.3 Mdkr in fees") == ["1.3 Mdkr | SEK | 1300000000 | exact"])
        #expect(Self.describe("hamnen fick 2,4 mdkr i bidrag") == ["2,4 mdkr | SEK | 2400000000 | exact"])
        #expect(Self.describe("a grant of 450 tkr") == ["450 tkr | SEK | 450000 | exact"])
    }

    @Test func reportCodesWithAMagnitudeLetterAreRead() {
        #expect(Self.describe("operating profit of 96 MNOK") == ["96 MNOK | NOK | 96000000 | exact"])
        #expect(Self.describe("costs of 800 TEUR") == ["800 TEUR | EUR | 800000 | exact"])
    }

    @Test func symbolsAndContinentalMagnitudesAfterTheNumber() {
        #expect(Self.describe("the terminal cost 27 M€ in all") == ["27 M€ | EUR | 27000000 | exact"])
        #expect(Self.describe("a fine of 40 € was paid") == ["40 € | EUR | 40 | exact | no magnitude"])
        #expect(Self.describe("the canton gave 3.5 Mio. CHF to the port") == ["3.5 Mio. CHF | CHF | 3500000 | exact"])
        #expect(Self.describe("the canton gave CHF 3.5 Mio. last year") == ["CHF 3.5 Mio | CHF | 3500000 | exact"])
        #expect(Self.describe("the state paid 2 Mrd. € for the line") == ["2 Mrd. € | EUR | 2000000000 | exact"])
    }

    @Test func continentalMagnitudesAloneAreNotRead() {
        #expect(Self.describe("the 12 Mio brand and 3 Md units") == ["12 | count | 12 | exact", "3 | count | 3 | exact"])
        #expect(Self.describe("tickets at €30 and €45") == ["€30 | EUR | 30 | exact | no magnitude", "€45 | EUR | 45 | exact | no magnitude"])
    }

    @Test func krTakesTheKronaItsArticleNames() {
        #expect(Self.describe("Fares rose to 62 kr. The Norwegian kroner fell.") == ["62 kr | NOK | 62 | exact | no magnitude"])
        #expect(Self.describe("Fares rose to 62 kr, and the DKK 4 billion budget held.")
            == ["62 kr | DKK | 62 | exact | no magnitude", "DKK 4 billion | DKK | 4000000000 | exact"])
        #expect(Self.describe("Fares rose to 62 kr, the ferry cost 185 Mkr.")
            == ["62 kr | SEK | 62 | exact | no magnitude", "185 Mkr | SEK | 185000000 | exact"])
        // No krona named, or two: which one is unknown, so it is a plain number.
        #expect(Self.describe("Fares rose to 62 kr.") == ["62 kr | count | 62 | exact"])
        #expect(Self.describe("Fares rose to 62 kr; SEK and NOK both fell.") == ["62 kr | count | 62 | exact"])
    }

    static let ferry = """
    { kind: 'figures', magnitudes: false,
      facts: [
        { name: 'the cost of the ferry', anchors: ['ferry cost'], value: 'SEK 185 million' },
        { name: 'the cost of the terminal', anchors: ['terminal cost'], value: '€27 million' },
      ] }
    """

    @Test func figuresWrittenSoBindToTheMoneyFact() throws {
        assertFindings(try rule(Self.ferry), [
            "The ferry cost 185 Mkr to build and the terminal cost 27 M€.",
            "The ferry cost 185 MSEK and the terminal cost 27 Mio. €.",
            "The ferry cost 1️⃣158 Mkr and the terminal cost 2️⃣72 M€.",
        ], [
            "1️⃣": "the cost of the ferry is SEK 185 million; found '158 Mkr'",
            "2️⃣": "the cost of the terminal is €27 million; found '72 M€'",
        ])
    }

    @Test func anotherCurrencyDoesNotBind() throws {
        assertFindings(try rule(Self.ferry), ["The ferry cost 158 MNOK to build."], [:])
    }
}
