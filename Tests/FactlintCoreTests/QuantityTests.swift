@testable import FactlintCore
import Testing

@Suite struct QuantityReaderTests {
    static let (extractor, lexicon): (QuantityReader, Lexicon) = {
        var lexicon = Lexicon()
        let extractor = QuantityReader(lexicon: &lexicon)
        return (extractor, lexicon)
    }()

    /// "text of the figure | unit | value | qualifier[ | no magnitude]" for every figure found.
    static func describe(_ text: String) -> [String] {
        let document = Document(path: "t", contents: text, lexicon: lexicon)
        return extractor.quantities(in: document).map { q in
            var value = q.value == q.upper ? "\(q.value)" : "\(q.value)..\(q.upper)"
            if value.hasSuffix(".0") { value.removeLast(2) }
            value = value.replacingOccurrences(of: ".0..", with: "..")
            var parts = [document.string(q.bytes), "\(q.unit)", value, q.qualifier.rawValue]
            if q.unit.isMoney, !q.hasMagnitude { parts.append("no magnitude") }
            return parts.joined(separator: " | ")
        }
    }

    static let cases: [(String, [String])] = [
        ("a $550 billion pledge", ["$550 billion | USD | 550000000000 | exact"]),
        ("pledged $550bn of investments", ["$550bn | USD | 550000000000 | exact"]),
        ("a $550-billion package", ["$550-billion | USD | 550000000000 | exact"]),
        ("a $550 investment pledge", ["$550 | USD | 550 | exact | no magnitude"]),
        ("valued at US$1.6 billion", ["US$1.6 billion | USD | 1600000000 | exact"]),
        ("550 billion dollars", ["550 billion dollars | USD | 550000000000 | exact"]),
        ("¥254 billion in aid", ["¥254 billion | JPY | 254000000000 | exact"]),
        ("a €3m grant", ["€3m | EUR | 3000000 | exact"]),
        ("£2.5bn deal", ["£2.5bn | GBP | 2500000000 | exact"]),
        ("would invest $10 billion", ["$10 billion | USD | 10000000000 | exact"]),
        ("up to $400 billion", ["$400 billion | USD | 400000000000 | atMost"]),
        ("over $400 billion", ["$400 billion | USD | 400000000000 | atLeast"]),
        ("more than 16,000 cars", ["16,000 | count | 16000 | atLeast"]),
        ("at least 17 people", ["17 | count | 17 | atLeast"]),
        ("at least 10 major firms", ["10 | count | 10 | atLeast"]),
        ("about 6,000 sailors", ["6,000 | count | 6000 | approximate"]),
        ("some 400 missiles", ["400 | count | 400 | approximate"]),
        ("nearly 50,000 troops", ["50,000 | count | 50000 | atMost"]),
        ("as much as $75 billion", ["$75 billion | USD | 75000000000 | atMost"]),
        ("an approximately 70% share", ["70% | percent | 70 | approximate"]),
        ("50,000 U.S. troops", ["50,000 | count | 50000 | exact"]),
        ("1.37 million vehicles", ["1.37 million | count | 1370000 | exact"]),
        ("2 percent of GDP", ["2 percent | percent | 2 | exact"]),
        ("2% of GDP", ["2% | percent | 2 | exact"]),
        ("2 per cent of GDP", ["2 per cent | percent | 2 | exact"]),
        ("from 90% to 60%", ["90% to 60% | percent | 90..60 | range"]),
        ("160 million to 230 million tons", ["160 million to 230 million tons | t | 160000000..230000000 | range"]),
        ("between 5 and 7 ships", ["5 and 7 | count | 5..7 | range"]),
        ("five ships", ["five | count | 5 | exact"]),
        ("two seats short", ["two | count | 2 | exact"]),
        ("ten aides", ["ten | count | 10 | exact"]),
        ("a dozen reporters", ["a dozen | count | 12 | exact"]),
        ("a five-day tour", ["five-day | days | 5 | exact"]),
        ("within 13 years", ["13 years | years | 13 | exact"]),
        ("over the next six months", ["six months | months | 6 | exact"]),
        ("two years ahead", ["two years | years | 2 | exact"]),
        ("250 cherry trees", ["250 | count | 250 | exact"]),
        ("18,000 feet deep", ["18,000 feet | ft | 18000 | exact"]),
        // Traps: not quantities.
        ("F-35 stealth jets", []),
        ("Ford F-150 trucks", []),
        ("the 250th birthday", ["250th | ordinal | 250 | exact"]),
        ("in 2025 and 2019", []),
        ("the 1970s and 1980s", []),
        ("one of the great leaders", []),
        ("no one said", []),
        ("the world's No. 3 carmaker", []),
        ("on Oct 28 and 28 October", []),
        ("dated 28/10/2025", []),
        ("at 10:30 local time", []),
        ("1. First item", ["First | ordinal | 1 | exact"]),
        ("a G7 summit and an A320", []),
    ]

    @Test(arguments: cases)
    func extracts(_ text: String, _ expected: [String]) {
        #expect(Self.describe(text) == expected, "\(text)")
    }

    @Test func toleranceAndQualifiers() {
        func q(_ text: String) -> Quantity {
            extractor(text).first!
        }
        func extractor(_ text: String) -> [Quantity] {
            Self.extractor.quantities(in: Document(path: "t", contents: text, lexicon: Self.lexicon))
        }
        let five = Tolerance(relative: 0.05)
        #expect(five.agree(q("over $400 billion"), q("$420 billion")))
        #expect(five.agree(q("up to $400 billion"), q("over $400 billion")))
        #expect(!five.agree(q("up to $400 billion"), q("up to $490 billion")))
        #expect(five.agree(q("$400bn"), q("$410bn")))
        #expect(!five.agree(q("$400bn"), q("400 yen")))
        #expect(five.agree(q("160 million to 230 million"), q("200 million")))
    }
}
