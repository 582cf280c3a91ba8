import FactlintCore
import Foundation
import Testing

/// rules/schema.json is what editors validate rule files with: it must name every kind
/// and exactly the keys each kind accepts.
@Suite struct SchemaTests {
    @Test(arguments: RuleKinds.all.map { $0.kind })
    func schemaMatchesTheKind(kind: String) throws {
        let data = try Data(contentsOf: shippedRules.appendingPathComponent("schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(schema["definitions"] as? [String: Any])
        let definition = try #require(definitions[kind] as? [String: Any], "schema has no definition for \(kind)")
        let properties = try #require(definition["properties"] as? [String: Any])
        let type = try #require(RuleKinds.named(kind))
        let expected = Set(type.optionKeys + ["kind", "severity", "description", "examples", "$schema"])
        #expect(Set(properties.keys) == expected)
        let refs = (schema["oneOf"] as? [[String: String]])?.compactMap { $0["$ref"] } ?? []
        #expect(refs.contains("#/definitions/\(kind)"))
    }
}
