@testable import FactlintCore
import Testing

/// The "Units and numbers" failure classes of issue #13, each with its own sentences.
@Suite struct UnitsAndNumbersTests {
    static func describe(_ text: String) -> [String] { QuantityReaderTests.describe(text) }

    static func q(_ text: String) -> Quantity {
        QuantityReaderTests.extractor.quantities(in: Document(path: "t", contents: text, lexicon: QuantityReaderTests.lexicon))[0]
    }

    @Test func isoCodesAreCurrencies() {
        #expect(Self.describe("the ferry operator lost NOK 612 million") == ["NOK 612 million | NOK | 612000000 | exact"])
        #expect(Self.describe("a fine of SEK 75 million") == ["SEK 75 million | SEK | 75000000 | exact"])
        #expect(Self.describe("DKK 3.4 billion in orders") == ["DKK 3.4 billion | DKK | 3400000000 | exact"])
        #expect(Self.describe("fees of CHF 90 million") == ["CHF 90 million | CHF | 90000000 | exact"])
        #expect(Self.describe("a subsidy of INR 900 billion") == ["INR 900 billion | INR | 900000000000 | exact"])
        #expect(Self.describe("a ₹450 crore deal") == ["₹450 | INR | 450 | exact | no magnitude"])
        #expect(Self.describe("a 3.1 billion USD loan") == ["3.1 billion USD | USD | 3100000000 | exact"])
        #expect(Self.describe("paid 12 million Norwegian kroner") == ["12 million Norwegian kroner | NOK | 12000000 | exact"])
        #expect(Self.describe("ALL 40 staff") == ["40 | count | 40 | exact"])
    }

    @Test func codesJoinedToDigitsAndShortMagnitudes() {
        #expect(Self.describe("a bond of USD 480 million") == ["USD 480 million | USD | 480000000 | exact"])
        #expect(Self.describe("sales hit SEK4.3bn") == ["SEK4.3bn | SEK | 4300000000 | exact"])
        #expect(Self.describe("raised $2.7 bln and $45 mln") == ["$2.7 bln | USD | 2700000000 | exact", "$45 mln | USD | 45000000 | exact"])
        #expect(Self.describe("the club paid €600m for the ground") == ["€600m | EUR | 600000000 | exact"])
        #expect(Self.describe("a 600m sprint") == ["600 | count | 600 | exact"])
    }

    @Test func fractionsAndNumberWordsKeepEveryPart() {
        #expect(Self.describe("the crossing took 3½ hours") == ["3½ hours | hours | 3.5 | exact"])
        #expect(Self.describe("a 4 1/2 day wait") == ["4 1/2 day | days | 4.5 | exact"])
        #expect(Self.describe("they queued for two and a half hours") == ["two and a half hours | hours | 2.5 | exact"])
        #expect(Self.describe("he lasted 5⅔ innings") == ["5⅔ | count | 5.666666666666667 | exact"])
        #expect(Self.describe("six hundred million doses") == ["six hundred million | count | 600000000 | exact"])
        #expect(Self.describe("twenty-five ships and two hundred and fifty crew") == ["twenty-five | count | 25 | exact", "two hundred and fifty | count | 250 | exact"])
    }

    @Test func poundsAreMassUnlessSterlingIsInSight() {
        #expect(Self.describe("a suitcase of 23.5 pounds") == ["23.5 pounds | lb | 23.5 | exact"])
        #expect(Self.describe("a fine of 40 million pounds") == ["40 million pounds | GBP | 40000000 | exact"])
        #expect(Self.describe("tickets cost £30, or 30 pounds") == ["£30 | GBP | 30 | exact | no magnitude", "30 pounds | GBP | 30 | exact | no magnitude"])
    }

    @Test func massLengthSpeedAndOrdinalDimensions() {
        #expect(Self.describe("the rover weighs 899 kg") == ["899 kg | kg | 899 | exact"])
        #expect(Self.describe("a 15-mile hike") == ["15-mile | mi | 15 | exact"])
        #expect(Self.describe("it ran 42.2 kilometres") == ["42.2 kilometres | km | 42.2 | exact"])
        #expect(Self.describe("clocked at 98.1 mph") == ["98.1 mph | mph | 98.1 | exact"])
        #expect(Self.describe("a limit of 120 km/h") == ["120 km/h | km/h | 120 | exact"])
        #expect(Self.describe("the side's ninth title and her 21st win") == ["ninth | ordinal | 9 | exact", "21st | ordinal | 21 | exact"])
    }

    @Test func conversionsBetweenUnits() {
        let exact = Tolerance.exact
        #expect(exact.agree(Self.q("two weeks"), Self.q("14 days")))
        #expect(exact.agree(Self.q("21.5 kg"), Self.q("47.4 pounds")))
        #expect(!exact.agree(Self.q("21.5 kg"), Self.q("52 pounds")))
        #expect(exact.agree(Self.q("about 15 miles"), Self.q("24 km")))
        #expect(!exact.agree(Self.q("15 miles"), Self.q("30 km")))
        #expect(exact.agree(Self.q("60 mph"), Self.q("97 km/h")))
        #expect(!exact.agree(Self.q("NOK 4.82 billion"), Self.q("$4.82 billion")))
    }

    @Test func approximateFiguresWidenByTheirPrecision() {
        let exact = Tolerance.exact
        #expect(exact.agree(Self.q("about 3,100"), Self.q("3,160")))
        #expect(!exact.agree(Self.q("3,100"), Self.q("3,160")))
        #expect(!exact.agree(Self.q("about 600"), Self.q("650")))
    }

    @Test func rangesCarryTheirMagnitudeAndOverlapIsNotAgreement() {
        #expect(Self.describe("between $1.2 and $1.5 billion") == ["$1.2 and $1.5 billion | USD | 1200000000..1500000000 | range"])
        #expect(Self.describe("5-7 million people") == ["5-7 million | count | 5000000..7000000 | range"])
        #expect(Self.describe("10 to 12 miles") == ["10 to 12 miles | mi | 10..12 | range"])
        let exact = Tolerance.exact
        #expect(!exact.agree(Self.q("between 10 and 20 million"), Self.q("between 15 and 25 million")))
        #expect(exact.agree(Self.q("$5bn to $6bn"), Self.q("5 to 6 billion dollars")))
        #expect(exact.agree(Self.q("between 10 and 20 million"), Self.q("12 million")))
    }

    @Test func oneFigureInManyFormatsAgreesWithItself() {
        let formats = ["$1.2 billion", "$1,200 million", "1.2bn dollars", "USD 1.2 billion", "US$1.2bn", "1.2 billion US dollars"]
        for a in formats {
            for b in formats { #expect(Tolerance.exact.agree(Self.q(a), Self.q(b)), "\(a) ~ \(b)") }
        }
    }
}
