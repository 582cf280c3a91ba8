import FactlintCLI
import Foundation
import Testing

/// schema/config.schema.json lists exactly the keys the config reader accepts.
@Suite struct ConfigSchemaTests {
    @Test func schemaKeysMatchTheConfigReader() throws {
        let data = try Data(contentsOf: root.appendingPathComponent("schema/config.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(ConfigFile.keys + ["$schema"]))
        let overrides = try #require(((properties["overrides"] as? [String: Any])?["items"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(overrides.keys) == Set(ConfigFile.overrideKeys))
    }

    @Test func theFixturesConfigIsValid() throws {
        let config = try ConfigFile.load(root.appendingPathComponent("fixtures").appendingPathComponent(ConfigFile.name).path)
        #expect(config.settings.rules == ["../rules"])
    }
}
