@testable import FactlintCore
import Testing

/// A conversion in brackets (issue #13) is the figure before it in another unit: it binds
/// with that figure, never to another fact, and is a finding only when the conversion
/// itself is wrong by more than the precision each figure is written to.
@Suite struct BracketConversionTests {
    static let rules = try! rule("""
    {
      kind: "figures",
      facts: [
        { name: "the trail length", anchors: ["trail"], value: "24 km" },
        { name: "the river length", anchors: ["river"], value: "9 miles" },
        { name: "the orchard area", anchors: ["orchard"], value: "1,200 acres" },
      ],
    }
    """)
    static let builtins: RuleSet = try! RuleLoader.load(folders: [])

    static func roles(_ text: String) -> [String] {
        readFigures(text) { d, q in "\(d.string(q.bytes)) \(q.role.rawValue)" }
    }

    @Test func theBracketedFigureIsMarkedAsAConversion() {
        #expect(Self.roles("The trail runs 24 km (15 miles) uphill.") == ["24 km stated", "15 miles conversion"])
        #expect(Self.roles("Highs of 35C (95F) are forecast.") == ["35C stated", "95F conversion"])
        #expect(Self.roles("The farm covers 600 acres (about 243 hectares).") == ["600 acres stated", "243 hectares conversion"])
    }

    @Test func bracketsThatAreNotConversionsStayFigures() {
        #expect(Self.roles("It killed 41 people (29 of them children).") == ["41 stated", "29 part"])
        #expect(Self.roles("A fee of €1.4 billion ($1.51 billion) was set.") == ["€1.4 billion stated", "$1.51 billion stated"])
        #expect(Self.roles("The trail runs 24 km (12 km of it paved).") == ["24 km stated", "12 km stated"])
        #expect(Self.roles("Stage one, 24 km (see map: 15 miles) today.") == ["24 km stated", "15 miles stated"])
    }

    @Test func aCorrectConversionIsNeverAFinding() {
        assertFindings(Self.rules, "The trail runs 24 km (15 miles) beside the river, which is 9 miles long.", [:])
        assertFindings(Self.rules, "The orchard spans 1,200 acres (486 hectares).", [:])
    }

    @Test func theBracketNeverBindsToAnotherFactOfItsUnit() {
        // "15 miles" is nearer the river's anchor than the trail's, but it converts "24 km".
        assertFindings(Self.rules, "The trail runs 24 km (15 miles) along the river.", [:])
    }

    @Test func aWrongConversionOfARightFigureIsReportedAgainstTheFact() {
        assertFindings(Self.rules, "The trail runs 24 km (1️⃣19 miles) through the hills.", [
            "1️⃣": "the trail length is 24 km; found '19 miles'",
        ])
    }

    @Test func aWrongFigureIsReportedOnceNotAgainInItsConversion() {
        assertFindings(Self.rules, "The trail runs 1️⃣31 km (19 miles) through the hills.", [
            "1️⃣": "the trail length is 24 km; found '31 km'",
        ])
    }

    @Test func withNoRulesAWrongConversionIsStillAFinding() {
        assertFindings(Self.builtins, "The causeway is 12 km (1️⃣19 miles) long. The lake holds 80,000 litres (2️⃣35,000 gallons).", [
            "1️⃣": "'19 miles' does not convert '12 km': 12 km is about 7.5 mi",
            "2️⃣": "'35,000 gallons' does not convert '80,000 litres': 80,000 litres is about 21100 gal",
        ], ruleID: "corpus-magnitudes")
        assertFindings(Self.builtins, "The causeway is 12 km (7.5 miles) long; highs of 35C (95F); 5,000 acres (2,023 hectares).", [:],
                       ruleID: "corpus-magnitudes")
    }

    @Test func moneyConvertedWithoutItsMagnitudeIsAFinding() {
        assertFindings(Self.builtins, "The city set up a €40 million (about 1️⃣$43) fund and a 1.4 billion euro (2️⃣$1.51) bond.", [
            "1️⃣": "'$43' looks like it is missing its magnitude: it converts '€40 million'; expected '$43 million'",
            "2️⃣": "'$1.51' looks like it is missing its magnitude: it converts '1.4 billion euro'; expected '$1.51 billion'",
        ], ruleID: "corpus-magnitudes")
    }

    @Test func moneyConversionsAtOrdinaryRatesAreNeverFindings() {
        // Rates of 150 or 16,000 to one; a magnitude on both sides; a bare amount on both.
        assertFindings(Self.builtins, "Osaka pledged ¥15 billion ($100 million) and Jakarta Rp 16 billion (US$1 million).", [:],
                       ruleID: "corpus-magnitudes")
        assertFindings(Self.builtins, "It cost €1.4 billion ($1.51 billion), or £3 million (€3.5m), and a ticket is £40 ($52).", [:],
                       ruleID: "corpus-magnitudes")
        assertFindings(Self.builtins, "The grant is 90 million rupees ($1.08 million); the fine, 2 million yen ($13,400).", [:],
                       ruleID: "corpus-magnitudes")
    }
}
