@testable import FactlintCore
import Foundation
import Testing

@Suite struct FigureSchemaTests {
    @Test func schemaListsEveryFactKey() throws {
        let data = try Data(contentsOf: shippedRules.appendingPathComponent("schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let figures = try #require((schema["definitions"] as? [String: Any])?["figures"] as? [String: Any])
        let facts = try #require((figures["properties"] as? [String: Any])?["facts"] as? [String: Any])
        let properties = try #require((facts["items"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(FiguresRule.Fact.CodingKeys.allCases.map(\.rawValue)))
    }
}
