@testable import FactlintCore
import Foundation
import Testing

/// docs/rules.md lists every unit spelling a rule may write (issue #13: the blind pack writer
/// found `m` listed but not loading). Each listed spelling loads as a `unit` and in a `value`,
/// and every name in the unit tables is listed.
@Suite struct UnitSpellingDocsTests {
    /// The backticked spellings of the "Unit spellings" list (its bullets, not its intro).
    static let spellings: [String] = {
        let docs = try! String(contentsOf: repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        guard let heading = docs.range(of: "### Unit spellings") else { return [] }
        let rest = docs[heading.upperBound...]
        let section = rest[..<(rest.range(of: "\n---")?.lowerBound ?? rest.endIndex)]
        guard let list = section.range(of: "\n- ") else { return [] }
        return section[list.lowerBound...].split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }()

    @Test func theListIsThere() {
        #expect(Self.spellings.count > 100)
    }

    @Test func everyListedSpellingLoadsAsAUnitAndInAValue() throws {
        var lexicon = Lexicon()
        let reader = ClaimReader(lexicon: &lexicon)
        for spelling in Self.spellings {
            let unit = try #require(UnitNames.parse(spelling), "unit: '\(spelling)' does not load")
            guard ![.count, .ordinal].contains(unit.dimension) else { continue }
            let value = try FiguresRule.readFigure("5 \(spelling)", reader: reader, lexicon: lexicon)
            #expect(value.unit == unit && value.value == 5, "value: '5 \(spelling)' reads as \(value.value) \(value.unit)")
        }
    }

    @Test func aCodeInCapitalsIsMoneyAndAUnitNameInLowerCaseIsTheUnit() {
        #expect(UnitNames.parse("kgs") == Unit(.mass, "kg"))
        #expect(UnitNames.parse("KGS") == .money("KGS"))
        #expect(UnitNames.parse("sek") == .money("SEK"))
    }

    @Test func everyUnitNameIsListed() {
        let listed = Set(Self.spellings.map { $0.lowercased() })
        for (name, _) in UnitNames.after { #expect(listed.contains(name), "'\(name)' loads but is not listed") }
        for (name, _) in UnitNames.speeds where !["square ", "sq ", "cubic "].contains(where: name.hasPrefix) {
            #expect(listed.contains(name), "'\(name)' loads but is not listed")
        }
        for symbol in ["m", "g", "t", "l", "°c", "℃", "ºc", "degrees c", "°f", "℉", "ºf", "degrees f", "percent", "%", "count", "ordinal"] {
            #expect(listed.contains(symbol), "'\(symbol)' loads but is not listed")
        }
    }
}
